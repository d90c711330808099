"""Reading YAML with libyaml's parser when PyYAML was built with it.

The pure-Python parser takes seconds for the larger content files (thousands of texts in
the training sets and the screening corpus); libyaml's reads them ten times faster and
builds the same plain values. Both are the safe loader: no Python objects from a file.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:  # both have the same interface; the checker needs one class to name
    from yaml import SafeLoader as SafeLoader
else:
    SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The plain values in `source` (text or an open file); yaml.YAMLError when malformed."""
    return yaml.load(source, Loader=SafeLoader)  # a safe loader
