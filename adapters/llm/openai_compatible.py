"""A language model over the OpenAI-compatible chat-completions API (`POST
{base}/chat/completions`), the interface Ollama, llama.cpp's server, vLLM, LM Studio and
hosted providers all speak.

aiohttp, not the `openai` client or httpx: it is already a dependency (the Telegram
webhook and the metrics endpoint use it), one POST with a total timeout is all this needs,
and a second HTTP stack would only add weight. The body read is bounded, so a runaway
answer costs at most `MAX_BODY_BYTES`.

Every failure (timeout, refused connection, 429, 5xx, a body that isn't the expected JSON,
an empty answer) is `None`: the engine then uses the embedded advisor. Nothing here logs
a prompt, an answer or the key.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import aiohttp

MAX_BODY_BYTES = 64_000
MAX_TOKENS = 600


class OpenAICompatibleModel:
    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 10.0) -> None:
        self._url = base_url.rstrip("/") + "/chat/completions"
        self._model = model
        self._key = api_key
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._host = urlsplit(base_url).hostname or base_url

    @property
    def host(self) -> str:
        return self._host

    async def complete(self, system: str, prompt: str) -> str | None:
        body = {
            "model": self._model,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            "temperature": 0.3,
            "max_tokens": MAX_TOKENS,
        }
        headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
        try:
            raw = await self._post(body, headers)
        except (TimeoutError, aiohttp.ClientError, OSError):
            return None
        return None if raw is None else _content(raw)

    async def _post(self, body: dict[str, object], headers: dict[str, str]) -> bytes | None:
        async with (
            aiohttp.ClientSession(timeout=self._timeout) as session,
            session.post(self._url, json=body, headers=headers) as response,
        ):
            if response.status != 200:
                return None
            raw = await response.content.read(MAX_BODY_BYTES + 1)
            return raw if len(raw) <= MAX_BODY_BYTES else None


def _content(raw: bytes) -> str | None:
    """The first choice's message text, or None when the body is not what the API returns."""
    try:
        data = json.loads(raw)
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return content if isinstance(content, str) and content.strip() else None
