"""The binary harmful/harmless boundary the refusal arm trains on.

The refusal baseline needs every prompt labelled harmful or not. ``benign`` and
``malicious`` prompts are labelled by their intent; ``dual_use`` prompts by the
``dual_use_harmful`` setting (a refusal-trained model treats them as harmful by default, as
in the paper's baseline); a prompt's ``metadata["harmful"]`` overrides both.
"""

from __future__ import annotations

from safecomp.data.schema import PromptItem
from safecomp.errors import InputError


def harmful_label(item: PromptItem, *, dual_use_harmful: bool = True) -> bool:
    """Whether the refusal baseline counts ``item`` as harmful.

    Raises :class:`InputError` for a prompt of unknown intent without a ``harmful`` label.
    """
    label = item.metadata.get("harmful")
    if isinstance(label, bool):
        return label
    if item.intent == "dual_use":
        return dual_use_harmful
    if item.intent in ("benign", "malicious"):
        return item.intent == "malicious"
    raise InputError(
        f"prompt {item.id!r} has intent {item.intent!r} and no metadata.harmful label: the "
        "refusal baseline needs to know whether it is harmful"
    )
