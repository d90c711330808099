"""The `Charts` port, drawn with matplotlib."""
