#!/usr/bin/env python3
"""Learns how the variant decision weighs its measurements, and says how well it does on
entities it has not seen.

usage: train-variants.py PAIRS.tsv FEATURES.tsv [--negatives PAIRS2.tsv FEATURES2.tsv]
                         [--write MODEL.tsv] [--baseline SCORES]
       train-variants.py --make-negatives PAIRS.tsv > PAIRS2.tsv

PAIRS.tsv holds labelled pairs (columns pair_id, a, b, label, relation, subset); FEATURES.tsv
the measurements `glossa variants --features` prints for the same pairs, in the same order.
SCORES (optional) holds an older decision's score per pair, one per line, to put beside
the new one in the same folds.

Training rows are the spelling relations (V, A, I, X positive; G, PN, NN negative); same
entity under another name (T, U, P) is not a spelling and is only reported. Entities are the
connected groups of forms that positive pairs join; folds are entity-disjoint: a test pair's
first entity is in the test fold and no training pair touches a test-fold entity. The
decision threshold is chosen inside each fold, on its training rows.

Labelled pairs hold hard negatives only (the most similar form of another entity), while
the decision also meets easy ones: a glossary lookup's candidates, a common word against a
name. --make-negatives writes shuffled pairs (each pair's first form against the second form
of a random pair of another entity in the same scripts); --negatives trains on them too, in
the same folds, weighed SHUFFLED_WEIGHT each. They are not reported, nor used to choose the
threshold or to measure calibration.
"""
import argparse
import math
import random
import sys
import unicodedata

try:
    import numpy as np
except ImportError:
    sys.exit("train-variants.py needs numpy: python3 -m pip install numpy")

POSITIVE = {"V", "A", "I", "X"}
NEGATIVE = {"G", "PN", "NN", "SN"}
FOLDS = 5
SEED = 743
L2 = 1.0
# The model's terms beyond the measurements themselves: hinges let a similarity count more
# above a point (name spellings cluster near 1), products let a fact change what a similarity
# is worth. A term is a measurement's name, `name>t` for max(0, value - t), or `a*b`.
HINGED = ["similarity", "crossSimilarity", "consonantSimilarity", "shorterSimilarity"]
HINGES = [0.7, 0.85]
PRODUCTS = [("inflection", "similarity"), ("shortChanged", "similarity"), ("stressDiffers", "similarity")]
# A Greek and a Latin spelling differ in other ways than two Greek ones: across scripts, length,
# gaps, hard edits, consonants, stems and onsets weigh apart.
PRODUCTS += [
    ("crossScript", name)
    for name in ["length", "lengthGap", "hardEdits", "consonantSimilarity", "stemSimilarity", "shorterSimilarity",
                 "onsetDiffers"]
]
# Pairs a rule decides, outside the model, and the score it gives them: a masculine and a
# feminine surname form are different people (VariantMatcher.genderScore); a name of three
# sounds or fewer must keep them (VariantMatcher.shortMismatchScore).
GUARDS = {"gender": 0.05, "shortMismatch": 0.05}
SHUFFLED_WEIGHT = 0.5
REPORTED = ["core_el", "xscript", "toponym_gr", "alias_el", "toponym_gr_alias", "latin_wikidata"]


def fold_form(text):
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("ς", "σ")


def read_tsv(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().rstrip("\n").split("\n")
    header = lines[0].split("\t")
    return header, [line.split("\t") for line in lines[1:]]


def entities(rows):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in rows:
        a, b = find(fold_form(row["a"])), find(fold_form(row["b"]))
        if row["label"] == "1" and a != b:
            parent[a] = b
    return [(find(fold_form(r["a"])), find(fold_form(r["b"]))) for r in rows]


def fit(x, y, weights):
    """L2-regularized logistic regression by Newton's method; the intercept is not penalized."""
    n, d = x.shape
    beta = np.zeros(d)
    penalty = np.full(d, L2)
    penalty[0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ beta)))
        gradient = x.T @ (weights * (p - y)) + penalty * beta
        hessian = (x * (weights * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def best_threshold(p, y, groups):
    """The threshold with the best F1 averaged over the groups (pairs of Greek spellings, and
    Greek-Latin pairs): one threshold serves both, and the many cross-script pairs must not
    choose it alone."""
    best = (0.0, 0.5)
    for t in np.arange(0.2, 0.81, 0.01):
        scores = []
        for group in np.unique(groups[groups >= 0]):
            inside = groups == group
            scores.append(prf(p[inside] >= t, y[inside])[2])
        f1 = sum(scores) / len(scores)
        if f1 > best[0] + 1e-12:
            best = (f1, float(round(t, 2)))
    return best[1]


def prf(predicted, y):
    tp = int(np.sum(predicted & (y == 1)))
    fp = int(np.sum(predicted & (y == 0)))
    fn = int(np.sum(~predicted & (y == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def calibration(p, y, bins=10):
    table, ece = [], 0.0
    for k in range(bins):
        low, high = k / bins, (k + 1) / bins
        inside = (p >= low) & ((p < high) if k < bins - 1 else (p <= high))
        if not inside.any():
            table.append((low, high, 0, None, None))
            continue
        predicted, observed = float(np.mean(p[inside])), float(np.mean(y[inside]))
        ece += inside.sum() / len(p) * abs(predicted - observed)
        table.append((low, high, int(inside.sum()), predicted, observed))
    return table, ece


def make_negatives(path):
    header, raw = read_tsv(path)
    rows = [dict(zip(header, fields)) for fields in raw]
    pair_entities = entities(rows)
    known = {(fold_form(r["a"]), fold_form(r["b"])) for r in rows}
    by_script = {}
    for i, row in enumerate(rows):
        if row["relation"] in POSITIVE or row["relation"] in NEGATIVE:
            by_script.setdefault(row["script_pair"], []).append(i)
    generator = random.Random(SEED)
    print("\t".join(header))
    for script, members in sorted(by_script.items()):
        for i in members:
            for _ in range(20):
                j = generator.choice(members)
                a, b = rows[i]["a"], rows[j]["b"]
                if pair_entities[i][0] in pair_entities[j] or (fold_form(a), fold_form(b)) in known:
                    continue
                row = dict(rows[i], pair_id="s" + rows[i]["pair_id"], b=b, label="0", relation="SN")
                row["subset"] = "shuffled"
                print("\t".join(row[name] for name in header))
                break


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--make-negatives":
        make_negatives(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pairs")
    parser.add_argument("features")
    parser.add_argument("--write")
    parser.add_argument("--baseline")
    parser.add_argument("--negatives", nargs=2, metavar=("PAIRS", "FEATURES"))
    parser.add_argument("--baseline-threshold", type=float, default=0.5)
    parser.add_argument("--errors", type=int, default=0, help="list the N surest out-of-fold errors per subset")
    options = parser.parse_args()

    header, raw = read_tsv(options.pairs)
    rows = [dict(zip(header, fields)) for fields in raw]
    names, values = read_tsv(options.features)
    if len(values) != len(rows):
        sys.exit(f"{options.features}: {len(values)} rows of features for {len(rows)} pairs")
    real_count = len(rows)
    if options.negatives:
        _, raw = read_tsv(options.negatives[0])
        rows += [dict(zip(header, fields)) for fields in raw]
        _, more = read_tsv(options.negatives[1])
        if len(more) != len(raw):
            sys.exit(f"{options.negatives[1]}: {len(more)} rows of features for {len(raw)} pairs")
        values += more
    measured = np.array([[float(v) for v in fields] for fields in values])
    terms = [name for name in names if name not in GUARDS]
    columns = [measured[:, names.index(name)] for name in terms]
    for name in HINGED:
        for point in HINGES:
            terms.append(f"{name}>{point}")
            columns.append(np.maximum(0, measured[:, names.index(name)] - point))
    for first, second in PRODUCTS:
        terms.append(f"{first}*{second}")
        columns.append(measured[:, names.index(first)] * measured[:, names.index(second)])
    x = np.stack([np.ones(len(values))] + columns, axis=1)
    y = np.array([1.0 if r["label"] == "1" else 0.0 for r in rows])
    relation = [r["relation"] for r in rows]
    subset = np.array([r["subset"] for r in rows])
    guarded = np.zeros(len(rows), dtype=bool)
    guard_score = np.zeros(len(rows))
    for name, score in GUARDS.items():
        hit = measured[:, names.index(name)] == 1
        guard_score[hit & ~guarded] = score
        guarded |= hit
    spelling = np.array([rel in POSITIVE or rel in NEGATIVE for rel in relation])
    trainable = spelling & ~guarded
    # The threshold is chosen for pairs of Greek spellings (0) and Greek-Latin pairs (1) alike.
    cross_column = measured[:, names.index("crossScript")]
    latin_column = measured[:, names.index("latinPair")]
    script_group = np.where(cross_column == 1, 1, np.where(latin_column == 1, -1, 0))
    weights = np.ones(len(rows))
    shuffled = np.arange(len(rows)) >= real_count
    weights[shuffled] = SHUFFLED_WEIGHT
    baseline = None
    if options.baseline:
        with open(options.baseline, encoding="utf-8") as handle:
            baseline = np.array([float(line.split("\t")[0]) for line in handle.read().split("\n") if line])
        baseline = np.concatenate([baseline, np.zeros(len(rows) - len(baseline))])

    pair_entities = entities(rows)
    groups = sorted({e for pair in pair_entities for e in pair})
    random.Random(SEED).shuffle(groups)
    fold_of = {group: i % FOLDS for i, group in enumerate(groups)}

    out_of_fold = np.full(len(rows), np.nan)
    decided = np.zeros(len(rows), dtype=bool)
    per_fold = {name: [] for name in REPORTED}
    per_fold_baseline = {name: [] for name in REPORTED}
    thresholds = []
    for k in range(FOLDS):
        test = np.array([fold_of[a] == k for a, _ in pair_entities])
        touches = np.array([fold_of[a] == k or fold_of[b] == k for a, b in pair_entities])
        train = trainable & ~touches
        beta = fit(x[train], y[train], weights[train])
        p_train = 1 / (1 + np.exp(-(x[train] @ beta)))
        real = ~shuffled[train]
        threshold = best_threshold(p_train[real], y[train][real], script_group[train][real])
        thresholds.append(threshold)
        p = np.where(guarded[test], guard_score[test], 1 / (1 + np.exp(-(x[test] @ beta))))
        out_of_fold[test] = p
        decided[test] = p >= threshold
        for name in REPORTED:
            inside = subset[test] == name
            if inside.any():
                per_fold[name].append(prf(decided[test][inside], y[test][inside]))
                if baseline is not None:
                    per_fold_baseline[name].append(
                        prf(baseline[test][inside] >= options.baseline_threshold, y[test][inside])
                    )

    def row(name, results):
        if not results:
            return f"| {name} | – | – | – |"
        cells = []
        for column in range(3):
            scores = [r[column] for r in results]
            mean = sum(scores) / len(scores)
            spread = math.sqrt(sum((s - mean) ** 2 for s in scores) / max(1, len(scores) - 1))
            cells.append(f"{mean:.3f} ± {spread:.3f}")
        return f"| {name} | " + " | ".join(cells) + " |"

    print(f"{FOLDS}-fold entity-disjoint cross-validation, thresholds chosen in the folds: {thresholds}")
    if baseline is not None:
        print(f"\nbaseline (score ≥ {options.baseline_threshold}):\n\n| subset | precision | recall | F1 |\n|---|---|---|---|")
        for name in REPORTED:
            print(row(name, per_fold_baseline[name]))
    print("\nlearned:\n\n| subset | precision | recall | F1 |\n|---|---|---|---|")
    for name in REPORTED:
        print(row(name, per_fold[name]))
    for name in ["core_el", "xscript", "toponym_gr"]:
        inside = subset == name
        p, r, f = prf(decided[inside], y[inside])
        print(f"pooled {name}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    traps = np.array([rel in {"G", "PN"} for rel in relation])
    shuffled_test = shuffled & ~np.isnan(out_of_fold)
    print(f"shuffled pairs of different entities called the same: {int(np.sum(decided & shuffled_test))}"
          f"/{int(shuffled_test.sum())}")
    print(f"gender and same-surname traps matched: {int(np.sum(decided & traps))}/{int(traps.sum())}")

    for name in ["core_el", "xscript"] if options.errors else []:
        wrong = [i for i in range(len(rows)) if subset[i] == name and decided[i] != (y[i] == 1)]
        wrong.sort(key=lambda i: -abs(out_of_fold[i] - 0.5))
        print(f"\nsurest {name} errors:")
        for i in wrong[: options.errors]:
            shown = " ".join(f"{n}={v}" for n, v in zip(names, values[i]) if float(v) != 0)
            print(f"  {rows[i]['label']} {rows[i]['a']} | {rows[i]['b']}  p={out_of_fold[i]:.2f}  {shown}")

    measured_rows = spelling & ~shuffled
    table, ece = calibration(out_of_fold[measured_rows], y[measured_rows])
    print(f"\nreliability of the out-of-fold probabilities (spelling pairs), ECE {ece:.3f}:\n")
    print("| bin | pairs | mean predicted | observed |\n|---|---|---|---|")
    for low, high, count, predicted, observed in table:
        cells = f"{predicted:.3f} | {observed:.3f}" if count else "– | –"
        print(f"| {low:.1f}–{high:.1f} | {count} | {cells} |")

    beta = fit(x[trainable], y[trainable], weights[trainable])
    p_all = 1 / (1 + np.exp(-(x[trainable] @ beta)))
    real = ~shuffled[trainable]
    threshold = best_threshold(p_all[real], y[trainable][real], script_group[trainable][real])
    print(f"\nfinal model, threshold {threshold}:")
    for name, weight in zip(["bias"] + terms, beta):
        print(f"  {name:22} {weight:+.4f}")
    if options.write:
        with open(options.write, "w", encoding="utf-8") as handle:
            handle.write(
                "# The variant decision's weights, written by scripts/train-variants.sh: a logistic\n"
                "# regression over terms made of the measurements NameFeatures names: `name`, `name>t`\n"
                "# (the part of the value above t) and `a*b`. Do not edit by hand.\n"
            )
            handle.write(f"threshold\t{threshold}\n")
            for name, weight in zip(["bias"] + terms, beta):
                handle.write(f"{name}\t{weight:.6f}\n")


if __name__ == "__main__":
    main()
