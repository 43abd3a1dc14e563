#!/usr/bin/env python3
"""Writes holdout186.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(puertasautomaticasmx, minibarhotelespt, freightauditus, contenedoresbasuracl; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

puertasautomaticasmx is a Mexican automatic-door service company from Querétaro (installation of automatic sliding and
swing doors, preventive maintenance contracts, 24 h emergency repair, high-speed roll-up doors for plants and cold
rooms, safety-sensor inspections) for supermarket chains, hospitals, airports and industrial plants in Mexico, 60
employees or more; leads in Mexican Spanish, some in English. minibarhotelespt is a Portuguese hotel-minibar company
from Lisbon (supply and replacement of silent minibars and in-room safes, restocking and consumption-control
services, minibar software integrated with the property-management system, maintenance) for hotel groups and large
hotels in Portugal and Spain, 30 employees or more; leads in European Portuguese and English, a few in Spanish.
freightauditus is a US freight-audit firm from Memphis, Tennessee (audit and payment of carrier invoices, parcel and
LTL refund recovery for late deliveries, freight-spend analytics, accessorial dispute management) for shippers,
retailers and manufacturers with large freight spend in the US, 200 employees or more; leads in US English, a few in
Spanish. contenedoresbasuracl is a Chilean waste-bin washing company from Viña del Mar (on-site washing and
disinfection of waste containers with truck-mounted equipment, repair and replacement of lids and wheels,
deodorising of garbage rooms, container rental) for supermarkets, shopping centres, hospitals, industrial parks and
residential-building administrators in Chile, 20 employees or more; leads in Chilean Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fn001, fn002, ... in the order the rows are added. Run:
    python3 -B build-holdout186.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fn", ["rows_puertasautomaticasmx", "rows_minibarhotelespt", "rows_freightauditus", "rows_contenedoresbasuracl"])
