#!/usr/bin/env python3
"""Writes holdout189.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(bateriasestacionariasec, subtitulajeudiopt, gruasportuariasuy, llaveroselectronicosus; profiles in ./profiles), 42
leads each, written by rows_<id>.py.

bateriasestacionariasec is an Ecuadorian stationary-battery service firm from Quito (installation and replacement of
battery banks for UPS, substations and telecom sites, capacity / discharge testing, impedance and online monitoring,
removal and recycling of spent batteries with disposal certificates) for electric utilities, telecom operators and
tower companies, data centres, hospitals and oil companies in Ecuador, 50 employees or more; leads in Ecuadorian
Spanish, a few in English. subtitulajeudiopt is a Portuguese audio-description and dubbing studio from Porto (dubbing
and voice-over of corporate and e-learning video, audio description and subtitles / SDH for accessibility,
multilingual voice casting, mixing to loudness specs) for broadcasters, streaming and film distributors, e-learning
producers and corporate communication departments in Portugal and Brazil, 15 employees or more; leads in European and
Brazilian Portuguese, a few in English and Spanish. gruasportuariasuy is a Uruguayan port-crane maintenance firm from
Montevideo (preventive maintenance of ship-to-shore and mobile harbour cranes, wire-rope inspection and replacement,
electrical and PLC troubleshooting, load tests and certification) for container terminals, bulk terminals and port
operators in Uruguay and southern Brazil, 80 employees or more; leads in Rioplatense Spanish, a few in Portuguese and
English. llaveroselectronicosus is a US electronic key-management company from Columbus (Ohio) (electronic key cabinets
with PIN / badge access and audit trails, installation and integration with access control, fleet-key and asset
lockers, service contracts) for car dealerships, rental-car and fleet operators, hospitals, casinos and property
managers in the US Midwest, 40 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fq001, fq002, ... in the order the rows are added. Run:
    python3 -B build-holdout189.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fq", ["rows_bateriasestacionariasec", "rows_subtitulajeudiopt", "rows_gruasportuariasuy",
                           "rows_llaveroselectronicosus"])
