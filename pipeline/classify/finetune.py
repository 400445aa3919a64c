"""``ccqa train --finetune``: train the encoder end to end (a GPU helps; tiny runs work on CPU).

The encoder and a linear layer are trained together on the task's labels with cross-entropy; the tuned
encoder is saved as a Hugging Face folder inside the model folder, and the usual scikit-learn head is then
fitted on its embeddings, so scoring works exactly as for the frozen encoder.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from .encoder import default_model_dir, load_encoder

log = logging.getLogger(__name__)


class FinetuneParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    epochs: int = Field(2, ge=1)
    learning_rate: float = Field(3e-5, gt=0)
    batch_size: int = Field(16, gt=0)
    max_length: int = Field(128, gt=8, le=512)
    device: str | None = Field(None, description="cuda, cpu, … (default: cuda when available).")


def as_text(task: str, x: Any) -> str:
    return x if task == "sentiment" else " ".join(text for _, text in x)


def finetune(task: str, X: list[Any], y: np.ndarray, labels: tuple[str, ...], base_dir: str | None,
             out_dir: Path, params: FinetuneParams, seed: int = 13) -> dict[str, Any]:
    """Fine-tune the encoder on (X, y); save it to ``out_dir``; return the training losses per epoch."""
    import torch

    torch.manual_seed(seed)
    device = params.device or ("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer, base = load_encoder(base_dir or default_model_dir())
    from transformers import AutoModel

    model = AutoModel.from_pretrained(base_dir or default_model_dir(), local_files_only=True).to(device)
    head = torch.nn.Linear(model.config.hidden_size, len(labels)).to(device)
    optim = torch.optim.AdamW(list(model.parameters()) + list(head.parameters()), lr=params.learning_rate)
    texts = [as_text(task, x) for x in X]
    target = torch.tensor([labels.index(v) for v in y], device=device)
    rng = np.random.default_rng(seed)
    losses = []
    model.train()
    for epoch in range(params.epochs):
        order = rng.permutation(len(texts))
        total = 0.0
        for start in range(0, len(order), params.batch_size):
            idx = order[start:start + params.batch_size]
            batch = tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                              max_length=params.max_length, return_tensors="pt").to(device)
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            loss = torch.nn.functional.cross_entropy(head(torch.nn.functional.normalize(pooled, dim=1) * 10),
                                                     target[idx])
            optim.zero_grad()
            loss.backward()
            optim.step()
            total += float(loss.detach()) * len(idx)
        losses.append(round(total / len(texts), 4))
        log.info("fine-tune epoch %d/%d: loss %.4f", epoch + 1, params.epochs, losses[-1])
    model.eval().to("cpu")
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return {"device": device, "epochs": params.epochs, "loss_per_epoch": losses, "encoder_dir": str(out_dir)}
