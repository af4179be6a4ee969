"""The Hugging Face cache: what is downloaded, how big, and pulling a model into it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from zhbrief.errors import ZhbriefError
from zhbrief.models.registry import ModelSpec

# What a model needs; never pickle weights (*.bin, *.pt).
PULL_PATTERNS = ["*.json", "*.safetensors", "*.spm", "*.model", "*.txt", "*.bpe*", "*.vocab", "*.jinja"]


@dataclass(frozen=True)
class CacheStatus:
    cached: bool
    size_bytes: int | None = None
    path: str | None = None


def _folder_size(folder: Path) -> int:
    return sum(f.resolve().stat().st_size for f in folder.rglob("*") if f.is_file())


def cache_status(spec: ModelSpec) -> CacheStatus:
    """Whether the spec's config and safetensors weights are in the local cache."""
    if not spec.needs_weights:
        return CacheStatus(True, 0)
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return CacheStatus(False)
    config = try_to_load_from_cache(spec.hub_id, "config.json", revision=spec.revision)
    if not isinstance(config, str):
        return CacheStatus(False)
    snapshot = Path(config).parent
    if not any(snapshot.glob("*.safetensors")):
        return CacheStatus(False, None, str(snapshot))
    return CacheStatus(True, _folder_size(snapshot), str(snapshot))


def hub_cache_dir() -> str:
    """Where downloaded models live: the Hugging Face hub cache (HF_HUB_CACHE, HF_HOME/hub)."""
    try:
        from huggingface_hub import constants

        return str(constants.HF_HUB_CACHE)
    except ImportError:  # the light install: the same rule as the hub client's
        home = os.environ.get("HF_HOME") or os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "huggingface")
        return os.environ.get("HF_HUB_CACHE") or os.path.join(home, "hub")


def _offline_advice(hub_id: str) -> str:
    folder = "models--" + hub_id.replace("/", "--")
    return (
        f"On a machine with network access run `zhbrief models pull {hub_id}` and copy its folder "
        f"{folder} into {hub_cache_dir()} here, or copy the downloaded snapshot folder anywhere and pass its path "
        "(`--translator /path/to/folder`)."
    )


def pull(hub_id: str, revision: str | None) -> str:
    """Download a model's safetensors weights and tokenizer into the cache; returns the folder."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise ZhbriefError("pulling models needs the model packages: run `pip install 'zhbrief[fast]'`.") from None
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise ZhbriefError(f"cannot download {hub_id}: HF_HUB_OFFLINE is set. {_offline_advice(hub_id)}")
    try:
        folder = snapshot_download(hub_id, revision=revision, allow_patterns=PULL_PATTERNS)
    except Exception as exc:  # the hub client raises many kinds: network, auth, missing repo
        reason = str(exc).strip().split("\n")[0][:200]
        raise ZhbriefError(f"could not download {hub_id} ({reason.rstrip('.')}). {_offline_advice(hub_id)}") from None
    if not any(Path(folder).glob("*.safetensors")):
        raise ZhbriefError(f"{hub_id} has no safetensors weights at revision {revision or 'main'}; zhbrief loads safetensors only.")
    return folder


def human_size(size: int | None) -> str:
    if size is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
