#!/usr/bin/env python3
"""Writes holdout75.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(aislacionterminar, frotasblindadasbr, ventilacionminape, wastewateroperatortx; profiles in ./profiles).

aislacionterminar is an Argentine industrial thermal-insulation contractor (mineral-wool and aluminium-clad pipe and
tank insulation, PIR-panel cold rooms and freezing tunnels, removable valve jackets, thermographic heat-loss surveys)
for food, dairy, meatpacking, refining, petrochemical and pharma plants in Argentina, Uruguay and Paraguay;
frotasblindadasbr is a Brazilian corporate armoured-vehicle company (NIJ III-A armouring of executive cars and pickups,
fleet programmes, armoured-glass replacement, armoured rental with drivers) for banks, multinationals, mining,
agribusiness and security firms in Brazil; ventilacionminape is a Peruvian mine-ventilation engineering company
(surveys and modelling, main and auxiliary fans, ventilation on demand, gas monitoring, DS 024-2016-EM compliance) for
underground mines and tunnelling contractors in Peru, Bolivia and Ecuador; wastewateroperatortx is a Texas contract
operator of small water and wastewater plants (licensed operators, daily rounds, TCEQ reporting, lift stations,
sludge hauling) for utility districts, RV parks, industrial plants, schools and subdivisions.

Written and labelled from policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers, the prompt-injection
note). No classifier code, other holdout or eval output was read or run, and every name, company, address and
sentence was invented for this set. Every lead is split `holdout75`: a measuring set, not a tuning set. Each seller
has the same mix of 22 kinds (15 buyers, 3 influencers, horizons, hard urgency readings, unusual wording, small /
off-target / off-country businesses, non-buyers, content-free, injection and bad emails), in Spanish, Portuguese and
English according to the seller's market.

Fit grade in the `why` strings: four factors (industry against targetIndustries, size against the profile's minimum
or signs of size such as sites or connections, need against mainServices, country against targetCountries). A: all
four good; B: one weak; C: two weak; D: three or more weak, or not a buyer at all (student, job seeker, vendor,
partner after a commission, competitor). An absent field is neutral. Decision makers follow section 1 with each
profile's buyerAreas (a MANAGER in one of them is a BUSINESS_DECISION_MAKER; TECHNICAL and USER never are). Urgency
follows section 3 literally: a request for a quote, proposal, price, call or visit is HIGH; "now", "urgente", ASAP or
a deadline today / tomorrow / this week is CRITICAL; a negated urgency is never CRITICAL; an incident in the past is
not an incident now; urgency about another matter in the same text does not count; "hoy" meaning "for now" is no
deadline; next year or about a year away is LOW. Instructions to the classifier inside a description are ignored and
the lead is labelled from the rest of its fields.

L() and write() come from holdout_rows.SellerRows. Ids are bg001, bg002, ... in the order the rows are written (seller
modules in the order imported below); each row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout75.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_aislacionterminar  # noqa: E402
import rows_frotasblindadasbr  # noqa: E402
import rows_ventilacionminape  # noqa: E402
import rows_wastewateroperatortx  # noqa: E402

_rows = SellerRows(HERE, "bg")

for _module in (rows_aislacionterminar, rows_frotasblindadasbr, rows_ventilacionminape, rows_wastewateroperatortx):
    _module.add(_rows)

_rows.write("holdout75")
