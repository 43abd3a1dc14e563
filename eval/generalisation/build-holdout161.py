#!/usr/bin/env python3
"""Writes holdout161.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(noriabr, encomiendasgt, anticorrosionrd, votacaopt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

noriabr is a Brazilian company from Londrina (PR) that maintains poultry slaughter and processing lines (overhead
conveyors / nórias and shackles, pluckers and scalders, automatic evisceration, carcass chillers and cut-up lines,
preventive contracts with a resident technician) for poultry-processing plants, agro-industrial cooperatives and
integrators in Brazil, Paraguay and Argentina, 100 employees or more; leads in Brazilian Portuguese, about a quarter
in Spanish or English. encomiendasgt is a Guatemalan company from Quetzaltenango that runs the parcel (encomiendas)
business of intercity bus companies (cloud waybills with tracking and SMS/WhatsApp notices, outsourced parcel
counters and storerooms at terminals, SAT FEL e-invoicing with cash on delivery, loss and claims control) in
Guatemala, El Salvador and Honduras, 30 employees or more; leads in Guatemalan Spanish, a few in English.
anticorrosionrd is a Dominican company from Santo Domingo that protects beach hotels against salt-air corrosion
(on-site coil coating of condensers, air handlers, chillers and splits, corrosion surveys, protection of electrical
panels and seafront metalwork, annual coil-wash and touch-up programmes) for beach resorts and condo-hotels in the
Dominican Republic and Puerto Rico, 80 employees or more; leads in Dominican Spanish, a few in English. votacaopt is a
Portuguese company from Porto that runs general meetings and elections of member-owned financial institutions
(electronic voting on site and at a distance, electoral roll, dues and quorum, hybrid multi-site meetings,
independent certification of results) for caixas de crédito agrícola mútuo, cooperativas de crédito, caixas
económicas and associações mutualistas in Portugal and cajas rurales in Spain, 30 workers or more; leads in European
Portuguese, a few in English and a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are eo001, eo002, ... in the order the rows are added. Run:
    python3 -B build-holdout161.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "eo", ["rows_noriabr", "rows_encomiendasgt", "rows_anticorrosionrd", "rows_votacaopt"])
