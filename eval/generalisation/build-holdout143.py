#!/usr/bin/env python3
"""Writes holdout143.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(secagemmadeirabr, proyeccioncinecl, blindajermmx, sistemascargaes; profiles in ./profiles), 42 leads each, written
by rows_<id>.py.

secagemmadeirabr is a Brazilian lumber-kiln engineering company in Joinville (SC) (reform and modernisation of drying
kilns, kiln automation with in-wood moisture probes and supervisory software, drying schedules and quality audits,
preventive/corrective maintenance with 24 h call-out, meter calibration and operator training) for sawmills, timber
mills and wood-processing plants (mouldings, doors, furniture, pallets) in Brazil and Paraguay, 30 employees or more;
leads in Brazilian Portuguese, a few in English. proyeccioncinecl is a Chilean cinema-technology service company in
Valparaíso (digital-projector maintenance, laser retrofits, auditorium screens, cinema servers/KDM and sound
calibration, remote monitoring) for cinema chains, multiplexes and cultural centres in Chile, Peru and Bolivia, 40
employees or more; leads in Chilean Spanish, a few in English. blindajermmx is a Mexican MRI-room shielding company in
Veracruz (RF Faraday cages, RF attenuation testing, cage and RF-door repair, magnetic shielding and room
conditioning) for the imaging / radiology departments of private clinics and hospitals and imaging centres in Mexico
and Guatemala, 20 employees or more; leads in Mexican Spanish, a few in English. sistemascargaes is a Spanish
air-cargo handling-systems maintenance company in El Prat de Llobregat, Barcelona (ETV, ULD stacker crane, roller and
ball deck maintenance, cargo ramp equipment, PLC/drive and machine-safety retrofits, 24/7 breakdown service) for
air-cargo terminals, cargo handling agents, cargo airlines and airport logistics operators in Spain and Portugal, 50
employees or more; leads in Castilian Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dw001, dw002, ... in the order the rows are added. Run:
    python3 -B build-holdout143.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dw", ["rows_secagemmadeirabr", "rows_proyeccioncinecl", "rows_blindajermmx", "rows_sistemascargaes"])
