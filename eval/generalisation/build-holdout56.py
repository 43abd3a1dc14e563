#!/usr/bin/env python3
"""Writes holdout56.jsonl: a fresh generalisation holdout for four sellers not used before
(podabr, carpases, buceocl, asfaltoaz; profiles in ./profiles).

podabr is a Brazilian vegetation-management contractor (pruning and clearing along power lines, highways, railways and
pipelines, tree-risk reports, 24 h storm response; mostly Portuguese); carpases is a Spanish company that rents, sells
and assembles temporary industrial buildings (naves temporales) and loading-dock covers in Spain and Portugal (Spanish
and Portuguese); buceocl is a Chilean commercial diving and ROV inspection company for salmon farms, ports, utilities
and desalination plants (Spanish); asfaltoaz is a bilingual parking-lot maintenance contractor in Phoenix, Arizona
(sealcoating, striping, asphalt repair, ADA concrete; English and US Spanish).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout56`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum of 50,
need against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three
weak, or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: "hoy/hoje/today" meaning "nowadays"
is no deadline, a negated urgency is never CRITICAL, an incident in the past is not an incident now, urgency about
an unrelated matter does not count, and a request for a quote, a proposal, a call or a visit is HIGH. A MANAGER in
one of the profile's buyerAreas (or in purchasing) is a business decision maker; other managers are influencers.

The rows live in rows_<seller>.py (one add(rows) per seller); L() and write() come from holdout_rows.SellerRows.
Ids are an001, an002, ... in the order the rows are added; each row's profile is the seller() block it sits in. Run:
    python3 build-holdout56.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_podabr, rows_carpases, rows_buceocl, rows_asfaltoaz  # noqa: E402

_rows = SellerRows(HERE, "an")
for module in (rows_podabr, rows_carpases, rows_buceocl, rows_asfaltoaz):
    module.add(_rows)
_rows.write("holdout56")
