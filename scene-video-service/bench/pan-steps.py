# Usage: python3 pan-steps.py CLIP WIDTH HEIGHT, for a clip of the landscape pan (scene 1) made by clip-speed.sh.
# Per-frame horizontal offset of a pan clip (global Lucas-Kanade on the luma above the captions), against the
# ideal cosine ease: prints the largest deviation of a frame's step from the ideal and how many middle frames stand still.
import subprocess, sys, numpy as np
clip, W, H = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
raw = subprocess.run(["ffmpeg", "-v", "error", "-i", clip, "-f", "rawvideo", "-pix_fmt", "gray", "-"], capture_output=True).stdout
f = np.frombuffer(raw, np.uint8).reshape(-1, H, W).astype(np.float64)[:, :int(H * 0.6), 40:-40]
steps = []
for a, b in zip(f[:-1], f[1:]):
    ix = np.gradient((a + b) / 2, axis=1); it = b - a
    d = -np.sum(ix * it) / np.sum(ix * ix)          # one LK step, then refine once on the shifted frame
    xs = np.arange(a.shape[1]); bb = np.array([np.interp(xs + d, xs, r) for r in b])
    d += -np.sum(ix * (bb - a)) / np.sum(ix * ix)
    steps.append(-d)
steps = np.array(steps); n = len(steps) + 1
total = 0.0909090909 * 1.1 * W                      # the pan's travel in output pixels
p = 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / (n - 1))
ideal = np.diff(p) * total
mid = slice(n // 5, 4 * n // 5)
dev = steps - ideal
print(f"{clip}: frames {n}, step ideal {ideal[mid].min():.3f}-{ideal.max():.3f} px, measured {steps[mid].min():.3f}-{steps[mid].max():.3f} px,"
      f" max |step-ideal| {np.abs(dev[mid]).max():.3f} px, rms {np.sqrt(np.mean(dev[mid]**2)):.3f} px, still frames mid {int(np.sum(np.abs(steps[mid]) < 0.05))}")
