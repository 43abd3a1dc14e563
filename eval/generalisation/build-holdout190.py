#!/usr/bin/env python3
"""Writes holdout190.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(camarashiperbaricascl, ediscoveryuk, reciclagemsolventesbr, tarjetasnominagt; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

camarashiperbaricascl is a Chilean hyperbaric-chamber service firm from Santiago (installation and commissioning of
multiplace and monoplace chambers, preventive and corrective maintenance contracts, oxygen and breathing-air system
certification, chamber operator / tender training and pressure-vessel inspections) for hospitals, wound-care clinics,
commercial diving and aquaculture companies and mining health centres in Chile and Peru, 30 employees or more; leads
in Chilean Spanish (a few Peruvian), a few in English. ediscoveryuk is a UK e-discovery and litigation-support firm
from Manchester (forensic collection of mailboxes, phones and cloud drives, processing and review-platform hosting,
managed document review with contract lawyers, data subject access request handling) for law firms, in-house legal
and compliance teams, insurers and public bodies in the UK and Ireland, 50 employees or more; leads in British English,
a few in Spanish and Portuguese. reciclagemsolventesbr is a Brazilian solvent-recycling company from Campinas (SP)
(collection and distillation of used industrial solvents, on-site solvent recovery stations, return of recycled
thinner, waste manifests and environmental certificates) for paint shops, printers, automotive plants, furniture and
chemical manufacturers in São Paulo state and Minas Gerais, 40 employees or more; leads in Brazilian Portuguese, a few
in Spanish. tarjetasnominagt is a Guatemalan payroll-card fintech from Guatemala City (prepaid payroll cards for
unbanked workers, bulk payroll disbursement portal, expense cards for field staff, ATM network agreements) for
agro-exporters, maquilas, security companies, construction firms and retail chains in Guatemala and El Salvador, 100
employees or more; leads in Guatemalan (and Salvadoran) Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fr001, fr002, ... in the order the rows are added. Run:
    python3 -B build-holdout190.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fr", ["rows_camarashiperbaricascl", "rows_ediscoveryuk", "rows_reciclagemsolventesbr", "rows_tarjetasnominagt"])
