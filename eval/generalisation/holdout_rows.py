"""The row builders shared by the build-holdoutN.py scripts: L(...) and write() for sets that name their ids
(holdout2-9), and SellerRows for sets whose rows are numbered in order under seller() blocks (holdout12, 13)."""
import importlib, json, os

ROWS = []
VALID_LABELS = {("SQL", "P1"), ("SQL", "P2"), ("MQL", "P3"), ("REVIEW", "P3"), ("NURTURE", "P4"), ("DISQUALIFIED", "P4")}


def lead_fields(name, email, job, company, industry, loc, size, desc, phone=None, source=None):
    """The form's fields of one lead, absent ones left out, in the order the sets write them."""
    lead = {"fullName": name, "email": email}
    for k, v in (("jobPosition", job), ("companyName", company), ("industry", industry), ("location", loc),
                 ("phone", phone), ("description", desc), ("source", source), ("companySize", size)):
        if v is not None:
            lead[k] = v
    return lead


def L(id, lang, kind, name, email, job, company, industry, loc, size, desc, stage, pri, why, phone=None, source=None):
    """One lead: the form's fields (absent ones left out), its labels, and the reading of policy.md behind them."""
    lead = lead_fields(name, email, job, company, industry, loc, size, desc, phone, source)
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


class SellerRows:
    """Rows numbered in order (<prefix>001, ...), each belonging to the seller() block it sits in; written beside `here`."""

    def __init__(self, here, prefix):
        self.here, self.prefix, self.rows, self.profile = here, prefix, [], None

    def seller(self, profile):
        """Every row L()-ed after this call belongs to `profile`."""
        assert os.path.exists(os.path.join(self.here, "profiles", f"{profile}.json")), profile
        self.profile = profile

    def L(self, lang, kind, name, email, job, company, industry, loc, size, desc, stage, pri, why, phone=None, source=None):
        """One lead: the form's fields, its labels and the policy reading behind them."""
        lead = lead_fields(name, email, job, company, industry, loc, size, desc, phone, source)
        self.rows.append((f"{self.prefix}{len(self.rows) + 1:03d}", self.profile, lang, kind, lead, stage, pri, why))

    def write(self, split):
        out = os.path.join(self.here, f"{split}.jsonl")
        seen = set()
        with open(out, "w", encoding="utf-8") as f:
            for id, profile, lang, kind, lead, stage, pri, why in self.rows:
                assert id not in seen, id
                seen.add(id)
                assert lang in ("es", "pt", "en"), (id, lang)
                assert (stage, pri) in VALID_LABELS, (id, stage, pri)
                row = {"id": id, "profile": profile, "lang": lang, "kind": kind, "split": split,
                       "lead": lead, "expected": {"stage": stage, "priority": pri}, "why": why}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(self.rows)} leads -> {out}")


def build_set(script, prefix, modules):
    """What a build-holdoutN.py script does: the rows that `modules` add, numbered <prefix>001, ... under their seller()
    blocks, written to holdoutN.jsonl beside the script (the split is the script's name). How those sets are written and
    labelled: README.md, "How the sets from holdout116 on are written"."""
    here = os.path.dirname(os.path.abspath(script))
    split = os.path.basename(script)[len("build-"):-len(".py")]
    rows = SellerRows(here, prefix)
    for module in modules:
        importlib.import_module(module).add(rows)
    rows.write(split)
