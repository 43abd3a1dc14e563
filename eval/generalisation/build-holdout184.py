#!/usr/bin/env python3
"""Writes holdout184.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(certificacionkosherar, gimnasiocorporativomx, bodycamsco, muroverdecr; profiles in ./profiles), 42 leads each, written
by rows_<id>.py.

certificacionkosherar is an Argentine kosher-certification agency from Buenos Aires (kosher certification of food and
ingredient plants with kosherization of lines, mashgiach supervision visits and special production runs, export
certificates and annual letters for importers, label and ingredient review) for food manufacturers, ingredient makers,
wineries and exporters in Argentina and Uruguay, 20 employees or more; leads in Rioplatense Spanish, a few in English
and a few in Brazilian Portuguese. gimnasiocorporativomx is a Mexican corporate-wellness operator from Monterrey
(Nuevo León) (design and equipment of in-company gyms, gym operation with trainers on site, active breaks and
ergonomic exercise programmes, wellness challenges with reports for HR) for manufacturing plants, maquiladoras,
corporate offices and distribution centres in Mexico, 150 employees or more; leads in Mexican Spanish, some in English.
bodycamsco is a Colombian body-worn-camera company from Bogotá (rental of body cameras with docking and charging,
video evidence management software with chain of custody, training for guards, integration with control rooms) for
private security companies, passenger transport and parking-enforcement operators and logistics firms in Colombia,
100 employees or more; leads in Colombian Spanish, a few in English. muroverdecr is a Costa Rican green-wall company
from San José (design and installation of living walls and green roofs, drip irrigation and sensors, monthly
gardening maintenance with plant-replacement guarantee) for hotels, shopping centres, corporate offices and hospitals
in Costa Rica and Panama, 30 employees or more; leads in Costa Rican Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fl001, fl002, ... in the order the rows are added. Run:
    python3 -B build-holdout184.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fl", ["rows_certificacionkosherar", "rows_gimnasiocorporativomx", "rows_bodycamsco", "rows_muroverdecr"])
