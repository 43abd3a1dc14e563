#!/usr/bin/env python3
"""Writes holdout130.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(eudrbr, trekkingpe, lastrepa, pharmarobotca; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

eudrbr is a Brazilian EUDR-compliance company in Porto Velho (georeferencing of supplier farms, satellite
deforestation-risk analysis, due diligence dossiers for European importers, lot traceability from warehouse to
container) for coffee and cocoa exporters, cooperatives and traders in Brazil, Bolivia and Peru, 30 employees or more;
leads in Brazilian Portuguese, a few in Spanish. trekkingpe is a Cusco camping-equipment service (rental of mountain,
dining and kitchen tents, mattresses and stoves delivered at the trailheads, sleeping-bag washing and disinfection,
repair workshop, full inventory management) for trekking and adventure tour operators and inbound agencies in Peru and
Bolivia, 20 employees or more; leads in Peruvian Spanish, a few in English. lastrepa is a Colón (Panama)
ballast-water compliance company (D-2 indicative sampling and analysis, BWTS commissioning tests, BWTS maintenance
during port calls, management-plan audits and crew training) for shipowners, ship managers, operators and shipping
agencies in Panama, Colombia, Costa Rica, Ecuador and the United States, 25 shore employees or more; leads in
Panamanian Spanish, a few in English. pharmarobotca is a Montreal maker of pharmacy automation (in-store storage and
dispensing robots, POS/ERP integration, central-fill and e-commerce picking for distribution centres, maintenance
through local service partners) for drugstore and pharmacy chains in Mexico, Guatemala, Colombia, Ecuador, Peru, Chile
and Brazil, 100 employees or more; leads in English, some in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dj001, dj002, ... in the order the rows are added. Run:
    python3 -B build-holdout130.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dj", ["rows_eudrbr", "rows_trekkingpe", "rows_lastrepa", "rows_pharmarobotca"])
