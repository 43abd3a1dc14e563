#!/usr/bin/env python3
"""Writes holdout164.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(entressafrabr, egresadospe, agujassv, dpfcleanca; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

entressafrabr is a Brazilian engineering firm in Ribeirão Preto that plans and coordinates the off-season
(entressafra) maintenance shutdowns of sugar-cane mills (shutdown scope and schedule, management of the contractors in
the field, pre-shutdown technical surveys, commissioning and start of the crushing season) for sugar, ethanol and
bioenergy mills in Brazil, Paraguay and Bolivia, 150 employees or more; leads in Brazilian Portuguese, about a quarter
in English or Spanish. egresadospe is a Peruvian consultancy in Arequipa that tracks the graduates of private higher
education (inserción laboral studies by programme, employer surveys, graduate indicators for SUNEDU licensing and
SINEACE accreditation, an outsourced employability office) for private universities, graduate and business schools and
private institutes in Peru and Bolivia, 80 employees or more; leads in Peruvian Spanish, a few in English and
Portuguese. agujassv is a Salvadoran company in San Salvador that keeps broken needles and metal out of garments
(needle-control programme, needle-detector calibration, service and rental, checks before brand audits, 100 %
detector inspection by contract) for textile maquilas in El Salvador, Honduras, Guatemala and Nicaragua, 100 employees
or more; leads in Central American Spanish, a few in English. dpfcleanca is a Canadian aftertreatment-service company
in Etobicoke (Toronto) (DPF and DOC cleaning, an exchange-filter programme, mobile aftertreatment service at the yard,
fleet cleaning programmes) for trucking companies and private fleets of 50 or more tractors in Canada and the United
States, 60 employees or more; leads in Canadian English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are er001, er002, ... in the order the rows are added. Run:
    python3 -B build-holdout164.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "er", ["rows_entressafrabr", "rows_egresadospe", "rows_agujassv", "rows_dpfcleanca"])
