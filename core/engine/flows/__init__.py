"""Each flow owns its conversation: its states, its buttons and their value ranges (`base`);
`registry` lists them, and the engine routes by it."""
