"""`safecomp serve`: an OpenAI-compatible HTTP server over any model spec."""

from __future__ import annotations

from typing import Annotated

import typer

from safecomp.cli.runargs import reported_errors


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    model: Annotated[
        str, typer.Option(help="Model spec: bundled:smollm2, hf:<path>, openai:<model>@<url>.")
    ] = "bundled:smollm2",
    port: Annotated[int, typer.Option(min=0, max=65535, help="0 picks a free port.")] = 8000,
    host: Annotated[str, typer.Option(help="Interface to bind; 0.0.0.0 exposes it.")] = "127.0.0.1",
    max_batch: Annotated[int, typer.Option(min=1, help="Most requests per model batch.")] = 16,
    max_tokens_limit: Annotated[
        int, typer.Option(min=1, help="Most tokens one request may ask for (400 above).")
    ] = 4096,
    served_name: Annotated[
        str | None,
        typer.Option(help="Model id clients must send (default: the spec).", show_default=False),
    ] = None,
) -> None:
    """Serve MODEL at http://HOST:PORT/v1 (chat completions, models, /health), batching
    concurrent requests."""
    from safecomp.models.serve import run_server

    with reported_errors():
        run_server(
            model,
            host=host,
            port=port,
            max_batch=max_batch,
            served_name=served_name,
            max_tokens_limit=max_tokens_limit,
        )
