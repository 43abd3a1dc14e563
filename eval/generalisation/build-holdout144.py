#!/usr/bin/env python3
"""Writes holdout144.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(colorimetriabr, torcidord, electronicamarinamx, ensaiosceramicapt; profiles in ./profiles), 42 leads each, written
by rows_<id>.py.

colorimetriabr is a Brazilian independent colour laboratory in Juiz de Fora (outsourced lab dips and recipe
formulation, calibration of spectrophotometers and light booths, colour-fastness tests to ABNT NBR ISO 105,
right-first-time programmes and colourist training) for dyehouses, knitting and weaving mills with their own dyeing,
textile printers and industrial denim laundries in Brazil, 40 employees or more; leads in Brazilian Portuguese, a few
in English. torcidord is a Dominican cigar-trade school and quality service in Santiago de los Caballeros (training
and certification of torcedores and bonchadores, in-line draw / weight / wrapper QC, audits of leaf tobacco and the
pre-industry, waste and productivity programmes for rolling rooms) for cigar factories and leaf processors in the
Dominican Republic and Nicaragua, 60 employees or more; leads in Dominican and Nicaraguan Spanish, a few in English.
electronicamarinamx is a Mexican marine-electronics company in Mazatlán (echo sounders, sonar, radar, GPS plotters
and autopilots; VHF / SSB radios, satellite phones and IFT licences; CONAPESCA VMS transponders; pre-season fleet
inspections and 24/7 port service) for shrimp, tuna, sardine and finfish fleets, fishing cooperatives and seafood
packers with their own boats on Mexico's Pacific coast, 25 employees or more; leads in Mexican (Sinaloa / Sonora)
Spanish, a few in English. ensaiosceramicapt is a Portuguese testing laboratory in Leiria (EN ISO 10545 tests on
ceramic tiles, slip-resistance measurement, thermal-shock / dishwasher / lead and cadmium migration / internal-stress
tests on container glass and crystal, CE marking and factory production control support) for ceramic tile,
tableware, container glass, crystal and flat glass factories in Portugal and Spain, 30 employees or more; leads in
European Portuguese, a few in English (and one off-country lead in Brazilian Portuguese).

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dx001, dx002, ... in the order the rows are added. Run:
    python3 -B build-holdout144.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dx", ["rows_colorimetriabr", "rows_torcidord", "rows_electronicamarinamx", "rows_ensaiosceramicapt"])
