#!/usr/bin/env python3
"""Writes holdout175.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cosechadorascanape, secadoresgraosbr, rapelindustrialar, workcampab; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

cosechadorascanape is a Peruvian sugarcane-harvester rebuild shop from Trujillo (La Libertad) (workshop rebuild of base
cutters, choppers, elevators and hydraulic pumps of cane harvesters, field service crews during the harvest (zafra), a
stock of harvester parts, operator and mechanic training) for sugar mills (ingenios / agroindustrias azucareras) and
large cane growers in Peru and Ecuador, 50 employees or more; leads in Peruvian Spanish, a few in Ecuadorian Spanish and
English. secadoresgraosbr is a Brazilian grain-dryer service company from Goiânia (GO) (pre-harvest maintenance and
overhaul of grain dryers, burner / furnace retrofits to wood chips or LPG, dryer fire prevention and thermometry,
drying-efficiency audits) for agricultural cooperatives, grain warehouses (armazéns) and large farms with their own
storage in the Brazilian Centre-West, 30 employees or more; leads in Brazilian Portuguese, a few in English and in
Spanish (Paraguayan growers). rapelindustrialar is an Argentine rope-access company from Bahía Blanca (Buenos Aires)
(rope-access inspection of silos, tanks, chimneys and port structures, non-destructive testing at height, repairs and
coatings at height without scaffolding, anchor-point certification) for petrochemical plants, ports, grain terminals and
power plants in Argentina, 100 employees or more; leads in Rioplatense Spanish, a few in English and Portuguese.
workcampab is a Canadian remote-camp services company from Edmonton, Alberta (housekeeping and room turnover at work
camps, camp laundry, janitorial and facility maintenance of camp buildings, camp-readiness for shutdowns and
turnarounds) for oil-sands operators, pipeline contractors and mining companies in Canada, 200 employees or more; leads
in Canadian English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fc001, fc002, ... in the order the rows are added. Run:
    python3 -B build-holdout175.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fc", ["rows_cosechadorascanape", "rows_secadoresgraosbr", "rows_rapelindustrialar", "rows_workcampab"])
