#!/usr/bin/env python3
"""Writes holdout152.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(pulverizadoresbr, saunaspe, supresionmx, humosuy; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

pulverizadoresbr is a Brazilian agricultural-sprayer service company from Porto Velho (periodic inspection of
self-propelled, mounted and trailed sprayers, nozzle-by-nozzle flow testing and rate calibration, field maintenance
with a mobile workshop, sprayer-operator training for RTRS / Soja Plus) for soybean, maize and rice farms, farming
groups and seed producers in Brazil, 30 employees or more; leads in Brazilian Portuguese, a few in English.
saunaspe is a Peruvian spa-equipment service company from Cusco (steam generators for steam rooms, dry and Finnish
saunas, sensation showers and heated loungers of hydrothermal circuits, annual contracts with 24-hour emergency
service) for hotels, resorts, lodges and social clubs with a spa in Peru, 40 employees or more; leads in Peruvian
Spanish, a few in English. supresionmx is a Mexican vehicle fire-protection company from Monterrey (automatic fire
suppression in bus and coach engine compartments, semi-annual inspection and recharge, fleet fire-risk assessment,
operator and workshop training with DC-3) for intercity and tourist coach lines, staff-transport companies and urban
transit concessionaires in Mexico, 50 employees or more; leads in Mexican Spanish, a few in English. humosuy is a
Uruguayan welding-fume company from Montevideo (local extraction arms, hoods and tables, central and mobile
cartridge filtration, welders' exposure measurements, maintenance of extraction systems) for metalworking shops,
steel-structure fabricators, machinery makers, body builders and shipyards in Uruguay, 20 employees or more; leads
in Uruguayan Spanish with voseo, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ef001, ef002, ... in the order the rows are added. Run:
    python3 -B build-holdout152.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ef", ["rows_pulverizadoresbr", "rows_saunaspe", "rows_supresionmx", "rows_humosuy"])
