# T3 of nn bench in NumPy or PyTorch, float64, one thread: 10-64-64-1 tanh/tanh/sigmoid on all
# 1,024 rows of parity(10), full-batch gradient descent on mean BCE, lr 0.5, 200 epochs (the
# reference's task; the initial weights are Glorot-uniform from the peer's own generator, which
# changes nothing of the time). Prints one JSON line as Bench does.
# Usage: python3 bench_t3.py numpy|torch [reps]
import json, sys, time

peer = sys.argv[1]
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
EPOCHS, LR, SIZES, ROWS = 200, 0.5, [10, 64, 64, 1], 1024

def flops():
    return 3 * sum(2.0 * ROWS * SIZES[l] * SIZES[l + 1] for l in range(len(SIZES) - 1)) * EPOCHS * 1e-9

def rows():
    x = [[(i >> (9 - b)) & 1 for b in range(10)] for i in range(ROWS)]
    y = [[bin(i).count("1") % 2] for i in range(ROWS)]
    return x, y

def run_numpy():
    import numpy as np
    x, y = rows()
    X, Y = np.array(x, dtype=np.float64), np.array(y, dtype=np.float64)
    rng = np.random.default_rng(1)
    def train():
        W = [rng.uniform(-1, 1, (SIZES[l], SIZES[l + 1])) * np.sqrt(6.0 / (SIZES[l] + SIZES[l + 1])) for l in range(3)]
        b = [np.zeros(SIZES[l + 1]) for l in range(3)]
        for _ in range(EPOCHS):
            a1 = np.tanh(X @ W[0] + b[0])
            a2 = np.tanh(a1 @ W[1] + b[1])
            a3 = 1 / (1 + np.exp(-(a2 @ W[2] + b[2])))
            d3 = (a3 - Y) / ROWS
            d2 = (d3 @ W[2].T) * (1 - a2 * a2)
            d1 = (d2 @ W[1].T) * (1 - a1 * a1)
            for l, (a, d) in enumerate(((X, d1), (a1, d2), (a2, d3))):
                W[l] -= LR * (a.T @ d)
                b[l] -= LR * d.sum(0)
        a3 = np.clip(a3, 1e-300, 1 - 1e-16)
        return float(-np.mean(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)))
    return train, "numpy " + np.__version__

def run_torch():
    import torch
    torch.set_num_threads(1)
    x, y = rows()
    X, Y = torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)
    gen = torch.Generator().manual_seed(1)
    def train():
        params = []
        for l in range(3):
            lim = (6.0 / (SIZES[l] + SIZES[l + 1])) ** 0.5
            w = ((torch.rand(SIZES[l], SIZES[l + 1], generator=gen, dtype=torch.float64) * 2 - 1) * lim).requires_grad_()
            params += [w, torch.zeros(SIZES[l + 1], dtype=torch.float64, requires_grad=True)]
        for _ in range(EPOCHS):
            a = X
            for l in range(3):
                z = a @ params[2 * l] + params[2 * l + 1]
                a = torch.tanh(z) if l < 2 else torch.sigmoid(z)
            loss = torch.nn.functional.binary_cross_entropy(a, Y)
            for p in params:
                p.grad = None
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p -= LR * p.grad
        return float(loss)
    return train, "torch " + torch.__version__

train, runtime = run_numpy() if peer == "numpy" else run_torch()
train()  # warm-up
times = []
for _ in range(reps):
    t0 = time.perf_counter()
    loss = train()
    times.append(time.perf_counter() - t0)
median = sorted(times)[len(times) // 2]
print(json.dumps({"peer": peer, "task": "T3", "threads": 1, "runtime": runtime, "times_s": times,
                  "median_s": median, "gflop_per_rep": flops(), "gflop_per_s": flops() / median, "final_loss": loss}))
