#!/usr/bin/env python3
"""Writes holdout141.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(crematoriopetbr, gestoriaautomotorpy, afiladocuchillasmx, enoturismoes; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

crematoriopetbr is a pet crematorium in Florianópolis, Brazil (refrigerated collection of deceased animals,
individual cremation with ash return and communal cremation in a licensed furnace, freezers on loan, a tutor-facing
aftercare programme run by the hospital) for veterinary hospitals, clinic networks and specialty centres in southern
Brazil, 20 employees or more; leads in Brazilian Portuguese, a few in English. gestoriaautomotorpy is a
vehicle-paperwork agency in Asunción, Paraguay (initial registration of new and imported vehicles, trade-in
transfers with ownership reports and police verification, municipal licensing and plates for fleets, a per-vehicle
tracking portal) for car dealerships, vehicle importers, leasing and rent-a-car companies in Paraguay, 25 employees
or more; leads in Paraguayan Spanish, a few in Portuguese. afiladocuchillasmx is a regrinding shop in Puebla, Mexico
(circular slitter knives and spacers, cut-to-length shear and guillotine blades, tooling set-up on the client's
line, a weekly pick-up and spare-set programme) for steel service centres, metal distributors and coil processors in
central Mexico and the Bajío, 50 employees or more; leads in Mexican Spanish, a few in English. enoturismoes is a
winery-bookings service in Valladolid, Spain (booking engine with prepayment and vouchers, distribution on agencies
and platforms with synced availability, a multilingual reservations desk, visitor occupancy and direct-sales
reports) for wineries with tasting rooms and winery groups in Spain and Portugal, 20 employees or more; leads in
Castilian Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are du001, du002, ... in the order the rows are added. Run:
    python3 -B build-holdout141.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "du", ["rows_crematoriopetbr", "rows_gestoriaautomotorpy", "rows_afiladocuchillasmx", "rows_enoturismoes"])
