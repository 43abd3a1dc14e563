#!/usr/bin/env python3
"""Writes holdout125.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(transmissoresbr, deshumidificauy, equipogymmx, maquinariamaderaes; profiles in ./profiles), 42 leads each, written
by rows_<id>.py.

transmissoresbr is a broadcast-engineering company in Vitória (ES), Brazil (preventive and corrective maintenance of
FM/AM and digital-TV transmitters, antenna systems and transmission lines, studio-transmitter and microwave/IP links,
24 h on-call service with loan transmitters, field/coverage measurements and Anatel reports) for radio stations, TV
stations and media groups in Brazil, 20 employees or more; leads in Brazilian Portuguese, a few in Spanish.
deshumidificauy is a Montevideo company that controls humidity, frost and ice in cold stores (diagnosis, desiccant
dehumidifiers for ante-rooms, docks, tunnels and chilled packing rooms, dry-air barriers for fast doors, maintenance
contracts and rental units) for cold-storage warehouses, cold-chain operators, meat and fish plants, fruit packers
and frozen-food distributors in Uruguay, 30 employees or more; leads in Uruguayan Spanish, a few in Portuguese.
equipogymmx is a León (Guanajuato) technical service for gym equipment (cardio preventive maintenance, repairs and
spare parts, strength-equipment cables and safety inspection, annual contracts per branch, installation and
relocation) for gym chains, sports and social clubs, cycling studios and university sports centres in Mexico, 40
employees or more; leads in Mexican Spanish, a few in English. maquinariamaderaes is a Paterna (Valencia) technical
service for woodworking machinery (maintenance of panel saws, edgebanders, sanders, presses and moulders, CNC
machining-centre service and electrospindles, machinery relocation, spare parts, retrofit and 24 h emergencies) for
furniture, kitchen and door factories and industrial joineries in Spain, 25 employees or more; leads in Castilian
Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are de001, de002, ... in the order the rows are added. Run:
    python3 -B build-holdout125.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "de", ["rows_transmissoresbr", "rows_deshumidificauy", "rows_equipogymmx", "rows_maquinariamaderaes"])
