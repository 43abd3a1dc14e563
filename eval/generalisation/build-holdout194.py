#!/usr/bin/env python3
"""Writes holdout194.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(afinacionpianosar, relogiostorrept, pizarrasinteractivascl, marqueehirenz; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

afinacionpianosar is an Argentine piano tuning and technical-service firm from Buenos Aires (tuning and regulation of
concert and practice pianos under maintenance contracts, action and hammer restoration, humidity control systems for
pianos, rental of concert grands with a tuner on site) for concert halls and theatres, conservatories and music
schools, universities, hotels and event producers in Argentina and Uruguay, 15 employees or more; leads in
Rioplatense Spanish, a few in English. relogiostorrept is a Portuguese tower-clock and bell-system firm from Braga
(restoration and maintenance of mechanical tower clocks, automation and GPS synchronisation of clocks and bells,
carillon and bell-ringing systems, heritage surveys for listed buildings) for municipalities and parish councils,
dioceses and churches, universities and heritage foundations in Portugal and Galicia, 15 employees or more; leads in
European Portuguese, some in Spanish and English. pizarrasinteractivascl is a Chilean interactive-display integrator
from Concepción (supply and installation of interactive flat panels for classrooms and meeting rooms, teacher and
staff training, device management and content software, maintenance and warranty service) for school networks
(sostenedores), universities and technical institutes, corporate offices and public agencies in Chile, 40 employees or
more; leads in Chilean Spanish, a few in English. marqueehirenz is a New Zealand marquee and temporary-structure hire
company from Christchurch (large clearspan marquees and temporary structures, flooring, lighting and heating for them,
engineering and building-consent paperwork, install and pack-down crews) for event companies, councils, A&P shows and
festivals, corporate functions, sports clubs and wineries in New Zealand, 30 employees or more; leads in New Zealand
English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fv001, fv002, ... in the order the rows are added. Run:
    python3 -B build-holdout194.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fv", ["rows_afinacionpianosar", "rows_relogiostorrept", "rows_pizarrasinteractivascl", "rows_marqueehirenz"])
