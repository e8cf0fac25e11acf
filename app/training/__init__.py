"""Offline training, ONNX export and quantisation (needs the ``train`` extra)."""
