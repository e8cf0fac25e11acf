"""Synchronous, pure inference on the ONNX router (no torch)."""
