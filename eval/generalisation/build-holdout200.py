#!/usr/bin/env python3
"""Writes holdout200.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(papeltermicobr, boleteriaeventosuy, hospitalcurtainsuk, globoseventosmx; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

papeltermicobr is a Brazilian thermal-paper converter from Joinville (SC) (thermal paper rolls for POS printers, ATMs
and card machines, thermal labels for logistics, custom-printed rolls with the client's logo, scheduled delivery to
every store) for supermarket and pharmacy chains, banks and payment companies, logistics operators and fuel-station
networks in southern and south-eastern Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in Spanish.
boleteriaeventosuy is a Uruguayan event-ticketing company from Montevideo (online ticket sales platform with seat
maps, QR access control at the gates with handheld scanners, box-office staffing, settlement and sales reports for
promoters) for concert promoters, football clubs and stadiums, theatres, festivals and museums in Uruguay and
Paraguay, 25 employees or more; leads in Rioplatense Spanish, a few in Portuguese and English. hospitalcurtainsuk is
a UK hospital-curtain company from Leeds (disposable and fabric cubicle curtains, scheduled curtain change and laundry
exchange, track installation and repair, infection-control audit records) for NHS trusts and private hospitals,
care-home groups, GP surgeries and clinics in the UK, 40 employees or more; leads in British English, a few in
Spanish and Portuguese. globoseventosmx is a Mexican balloon-decoration company from Mexico City (large balloon
installations and arches for store openings and brand events, branded printed balloons, on-site installation crews,
seasonal décor packages for malls) for retail chains, shopping malls, event and marketing agencies, corporate events
departments and hotels in Mexico, 20 employees or more; leads in Mexican Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are gb001, gb002, ... in the order the rows are added. Run:
    python3 -B build-holdout200.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "gb", ["rows_papeltermicobr", "rows_boleteriaeventosuy", "rows_hospitalcurtainsuk", "rows_globoseventosmx"])
