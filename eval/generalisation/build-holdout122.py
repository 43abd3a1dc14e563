#!/usr/bin/env python3
"""Writes holdout122.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(acouguebr, torquebo, equipajegt, headsetsus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

acouguebr is a butchery-department consultancy from Fortaleza, Brazil (cut standardisation and boning-yield tests,
in-store training of butchers, set-up and refit of supermarket butcheries, shrink control and good practices in
the butchery and fish counter) for supermarket chains, atacarejos, hypermarkets and meat distributors in the
Brazilian Northeast, 50 employees or more; leads in Brazilian Portuguese (Cearense and Potiguar wording), a few in
English and one in European Portuguese. torquebo is a controlled-bolting contractor from Santa Cruz de la Sierra,
Bolivia (torque and hydraulic tensioning crews in shutdowns and start-ups, flanged-joint integrity programmes,
training of fitters, rental and calibration of torque tools) for cement plants, steelworks, chemical,
petrochemical and fertiliser plants, refineries and sugar mills in Bolivia and Corumbá (Brazil), 100 employees or
more; leads in Bolivian Spanish, a few in Brazilian Portuguese. equipajegt is a passenger-disruption and baggage
service company from Guatemala City (delivery of delayed baggage, care of passengers on cancelled or diverted
flights, an outsourced lost & found desk, repair or replacement of damaged suitcases) for airlines, ground
handlers and international bus lines in Guatemala and El Salvador, 30 employees or more; leads in Central American
Spanish, a few in English. headsetsus is a contact-centre headset service company from Denver, USA (headset repair
and refurbishment, per-seat headset-as-a-service with an on-site spare pool, hygiene and cushion programmes,
audio-quality audits) for call centres and BPOs in the United States, 50 employees or more; leads in American
English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are db001, db002, ... in the order the rows are added. Run:
    python3 -B build-holdout122.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "db", ["rows_acouguebr", "rows_torquebo", "rows_equipajegt", "rows_headsetsus"])
