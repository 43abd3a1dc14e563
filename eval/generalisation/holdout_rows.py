"""The row builder and writer shared by build-holdout2/3/4.py: each script lists its leads with L(...) and calls write()."""
import json, os

ROWS = []
VALID_LABELS = {("SQL", "P1"), ("SQL", "P2"), ("MQL", "P3"), ("REVIEW", "P3"), ("NURTURE", "P4"), ("DISQUALIFIED", "P4")}


def L(id, lang, kind, name, email, job, company, industry, loc, size, desc, stage, pri, why, phone=None, source=None):
    """One lead: the form's fields (absent ones left out), its labels, and the reading of policy.md behind them."""
    lead = {"fullName": name, "email": email}
    for k, v in (("jobPosition", job), ("companyName", company), ("industry", industry), ("location", loc),
                 ("phone", phone), ("description", desc), ("source", source), ("companySize", size)):
        if v is not None:
            lead[k] = v
    ROWS.append((id, lang, kind, lead, stage, pri, why))


def write(split, profile_by_prefix):
    """Writes <split>.jsonl beside the scripts, one lead per line; ids must be unique and labels valid."""
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{split}.jsonl")
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for id, lang, kind, lead, stage, pri, why in ROWS:
            assert id not in seen, id
            seen.add(id)
            assert (stage, pri) in VALID_LABELS, (id, stage, pri)
            row = {"id": id, "profile": profile_by_prefix[id[0]], "lang": lang, "kind": kind, "split": split,
                   "lead": lead, "expected": {"stage": stage, "priority": pri}, "why": why}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} leads -> {out}")
