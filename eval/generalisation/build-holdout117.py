#!/usr/bin/env python3
"""Writes holdout117.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(radioindoorbr, agostaderomx, tratamientotermicoco, headshotsus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

radioindoorbr is a Curitiba (Brazil) in-store radio and point-of-sale audio company (licensed music programming with
copyright management, recorded offer spots and announcements per store, installation and maintenance of store sound
systems, a head-office management panel) for supermarket, cash-and-carry, pharmacy, fashion, footwear and
building-materials chains in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English (and one
European Portuguese). agostaderomx is a Monterrey (Mexico) rangeland-restoration company (brush control and selective
clearing, grass reseeding, soil-and-water conservation works such as stock ponds and rock check dams, grazing plans
and carrying-capacity studies) for cattle ranches, hunting ranches (UMA), livestock ejidos and agribusinesses in
north-east Mexico, 20 employees or more; leads in Mexican Spanish, a few in English. tratamientotermicoco is a Girón
/ Bucaramanga (Colombia) contract heat-treatment plant (hardening and tempering, carburising and nitriding,
annealing and field stress relieving / PWHT, hardness testing, metallography and batch certificates) for
metalworking and auto-parts factories, machining shops, mould makers, process plants and mining suppliers in
Colombia, 30 employees or more; leads in Colombian Spanish, a few in English. headshotsus is a Dallas (USA)
corporate headshot photography company (on-site headshot days, a new-hire headshot program, leadership, team and
workplace photography, a managed image library) for law, accounting and consulting firms, insurance, real-estate
and financial-services offices, corporate headquarters and healthcare administration offices in the United States,
25 employees or more; leads in English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are cw001, cw002, ... in the order the rows are added. Run:
    python3 -B build-holdout117.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "cw", ["rows_radioindoorbr", "rows_agostaderomx", "rows_tratamientotermicoco", "rows_headshotsus"])
