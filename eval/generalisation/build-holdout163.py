#!/usr/bin/env python3
"""Writes holdout163.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(coletesbr, cascaraar, patiosco, homestayuk; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

coletesbr is a Fortaleza (Brazil) ballistic-vest lifecycle company for private security firms (vest inventory and
expiry control per guard and post, collection and certified destruction of expired vests under the Army's rules for
controlled products, cover inspection and repair, measuring guards and supporting the purchase of new vests) for
guarding, cash-in-transit, armed-escort companies and guard-training schools in the Brazilian Northeast, 50 employees
or more; leads in Brazilian Portuguese, about a quarter in English or Spanish. cascaraar is a Santa Fe (Argentina)
rice-husk and husk-ash management company for rice mills (scheduled husk removal, removal and certified disposal of
boiler and dryer ash, resale of husk and ash with a monthly settlement to the mill, ordering the husk area in the
plant) for rice mills, dryers and cooperatives in Santa Fe, Entre Ríos, Corrientes and Chaco, 30 employees or more;
leads in Rioplatense Spanish, a few in English. patiosco is a Cali (Colombia) software company for empty-container
depots (gate-in/out with a digital EIR, yard positions, an inspection app with repair estimates for the shipping
lines, EDI with lines and terminals, billing with DIAN e-invoicing) for depots, container operators, inland terminals
and free zones in Colombia, Ecuador and Peru, 30 employees or more; leads in Colombian Spanish, a few in English and
Portuguese. homestayuk is an Edinburgh (UK) homestay company for language schools (host-family recruitment and
PVG/DBS vetting, student placement, a 24/7 welfare line with rehousing, host payments and a booking portal) for
English language schools, junior summer schools and university language centres in Scotland and the north of
England, 20 staff or more; leads in British English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are eq001, eq002, ... in the order the rows are added. Run:
    python3 -B build-holdout163.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "eq", ["rows_coletesbr", "rows_cascaraar", "rows_patiosco", "rows_homestayuk"])
