#!/usr/bin/env python3
"""Writes holdout159.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(correspondentebr, compostajeec, proteccionportuariape, vetimagingca; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

correspondentebr is a Recife network of legal correspondents (hearing attendance by lawyers and prepostos, court and
registry errands such as physical filings, copies of paper case files and certificates, mass-litigation hearing
schedules with SLA, prepostos and settlement support) for law firms and the legal departments of banks, insurers and
telecoms with cases in Pernambuco, Paraíba, Rio Grande do Norte, Alagoas and Ceará, 20 professionals or more; leads
in Brazilian Portuguese, about a quarter in English or Spanish. compostajeec is a Cuenca (Ecuador) flower-farm waste
company (collection of stems, foliage and bed-renewal plants, controlled composting with compost returned to the
farm, removal of greenhouse plastic and agrochemical containers with disposal certificates, waste plans and evidence
for Flor Ecuador / Rainforest Alliance / GLOBALG.A.P.) for rose and summer-flower farms and flower exporters of the
Ecuadorian Sierra, 40 workers or more; leads in Ecuadorian Spanish and a few in English. proteccionportuariape is an
Arequipa (Peru) port-security consultancy under the ISPS Code / PBIP (security assessments and plans, OPIP and staff
training, drills and exercises, internal audits before the APN verification) for port terminals, private wharves
and port operators in Peru, 50 workers or more; leads in Peruvian Spanish, a few in English and Portuguese.
vetimagingca is a Toronto veterinary teleradiology service (radiograph, CT/MRI and ultrasound reads by board-certified
veterinary radiologists, STAT coverage, PACS integration and positioning training) for veterinary clinic chains,
emergency and specialty hospitals and consolidators in Canada and the United States, 30 employees or more; leads in
Canadian English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are em001, em002, ... in the order the rows are added. Run:
    python3 -B build-holdout159.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "em", ["rows_correspondentebr", "rows_compostajeec", "rows_proteccionportuariape", "rows_vetimagingca"])
