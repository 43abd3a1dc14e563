#!/usr/bin/env python3
"""Writes holdout54.jsonl: a fresh generalisation holdout for four sellers not used before
(amiantopt, cercastx, polvocl, videoar; profiles in ./profiles, leads in ./rows_<id>.py).

amiantopt is a Portuguese asbestos survey, removal and re-roofing contractor (leads mostly PT-PT, some English and
Spanish); cercastx is a Houston commercial/industrial fencing, gates and temporary-fence contractor for the US
Hispanic market (English and Spanish, some Spanglish); polvocl is a Chilean dust-collection and industrial-ventilation
company serving Chile and Peru (mostly Spanish, some English and Portuguese); videoar is a Buenos Aires corporate
video producer (institutional, training, live-streamed events, animation) for Argentina, Uruguay and Paraguay (mostly
Rioplatense Spanish, some English and Brazilian Portuguese).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier code was read or run and no other set was consulted. The inbox
mix is meant to look real: mostly genuine buyers of every fit and urgency, a minority of non-buyers (job seekers,
vendors, resellers, competitors, students, private persons, spam) and leads too thin to judge. Every lead is split
`holdout54`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum, need against mainServices, country against targetCountries). A: all four good; B: one weak;
C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, reseller after a commission,
competitor, private person). A field that is simply absent is neutral. Where a size sits between the policy's generic
50 and a higher profile minimum, the row is written so the label is the same for A and B. Job titles in Portuguese
are read by their Spanish/English equivalents (Diretor = Director, Chefe/Gestor = Manager, Proprietário/Dono = Owner).
Urgency follows section 3 literally: an incident in the past is not an incident now, a negated urgency is never
CRITICAL (but a quote request in the same message is still HIGH), a request for a quote, a proposal, a call or a
site visit is HIGH, a deadline this week is CRITICAL, and information-only or next-year interest is LOW. Data
quality POOR (only a name, a free email and "hola") disqualifies before REVIEW is reached.

L() and write() come from holdout_rows.SellerRows. Ids are al001, al002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 build-holdout54.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_amiantopt, rows_cercastx, rows_polvocl, rows_videoar  # noqa: E402

_rows = SellerRows(HERE, "al")
for module in (rows_amiantopt, rows_cercastx, rows_polvocl, rows_videoar):
    module.add(_rows)
_rows.write("holdout54")
