#!/usr/bin/env python3
"""Writes holdout180.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(hidrolavadoec, roadmarkinguk, hidroponiacr, artecorporativouy; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

hidrolavadoec is an Ecuadorian industrial hydroblasting contractor from Guayaquil (high- and ultra-high-pressure water
jetting of heat exchangers, condensers, tanks and pipelines, vacuum trucks for sludge, descaling of evaporators and
boilers in sugar mills, certified confined-space crews) for refineries and terminals, sugar mills, food and beverage,
chemical and power plants in Ecuador, 100 employees or more; leads in Ecuadorian Spanish, a few in English.
roadmarkinguk is a British line-marking company from Birmingham (thermoplastic line marking of private roads, yards
and car parks, anti-skid surfacing, warehouse and factory floor marking, lining surveys and maintenance contracts) for
logistics parks, distribution centres, retail parks, car-park operators and factories in England and Wales, 50
employees or more; leads in British English, a few in Spanish and European Portuguese from staff at Iberian-owned
firms. hidroponiacr is a Costa Rican hydroponics builder from Cartago (design and build of NFT and substrate
greenhouses, fertigation and climate control, crop agronomy support, maintenance contracts) for produce companies,
agro-exporters and supermarket private-label suppliers in Costa Rica and Panama, 20 employees or more; leads in Costa
Rican Spanish, a few in English. artecorporativouy is a Uruguayan corporate-art firm from Montevideo (art rental and
rotation for offices and hotels, curation of collections, installation and lighting of works, art programmes for
lobbies and meeting rooms) for banks, insurers, law firms, corporate offices, hotels and coworkings in Uruguay, 50
employees or more; leads in Rioplatense Spanish, a few in English and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fh001, fh002, ... in the order the rows are added. Run:
    python3 -B build-holdout180.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fh", ["rows_hidrolavadoec", "rows_roadmarkinguk", "rows_hidroponiacr", "rows_artecorporativouy"])
