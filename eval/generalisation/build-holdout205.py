#!/usr/bin/env python3
"""Writes holdout205.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(reciclajeelectronicoco, cacambasentulhobr, firewatchus, lavadoflotasuy; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

reciclajeelectronicoco is a Colombian e-waste recycling company from Bogotá (collection of obsolete IT and electrical
equipment, certified data destruction on drives, recovery of metals with certificates of final disposal, take-back
programmes for producers and importers) for banks and corporate offices, universities, hospitals and clinics, telecom
operators and electronics / appliance importers in Colombia, 40 employees or more; leads in Colombian Spanish, a few in
English. cacambasentulhobr is a Brazilian construction-waste company from Curitiba (PR) (skip rental for rubble and
construction waste, collection and sorting at a licensed transfer station, transport manifests and disposal
certificates for the municipality, recycled aggregate sales) for builders and developers, renovation contractors,
shopping centres and industrial plants under renovation, and municipalities in Paraná, 30 employees or more; leads in
Brazilian Portuguese, a few in Spanish. firewatchus is a US fire-watch guard company from Houston (TX) (trained
fire-watch guards when sprinklers, alarms or fire pumps are out of service, hot-work fire watch on construction and
plant sites, patrol logs for the fire marshal, emergency dispatch within hours) for general contractors, hotels,
apartment and office property managers, hospitals and industrial plants in Texas, 80 employees or more; leads in US
English, a few in Spanish. lavadoflotasuy is a Uruguayan fleet-washing company from Montevideo (mobile washing of
trucks, buses and vans at the client's yard, interior cleaning and disinfection of buses, water-recycling wash bays,
monthly contracts with photo reports) for bus companies, logistics and distribution fleets, rental companies and
public utilities in Uruguay, 30 employees or more; leads in Rioplatense Spanish, a few in Portuguese and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are gg001, gg002, ... in the order the rows are added. Run:
    python3 -B build-holdout205.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "gg", ["rows_reciclajeelectronicoco", "rows_cacambasentulhobr", "rows_firewatchus", "rows_lavadoflotasuy"])
