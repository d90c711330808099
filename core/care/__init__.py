"""Care: screening what people write for signs they may be at risk, in two tiers."""

from core.care.screening import Risk, Screener, Screening

__all__ = ["Risk", "Screener", "Screening"]
