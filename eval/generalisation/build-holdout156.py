#!/usr/bin/env python3
"""Writes holdout156.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cortelaserbr, cantinabo, bordadohn, contentorespt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

cortelaserbr is a João Pessoa (Paraíba, Brazil) outsourced laser-cutting shop for the leather and footwear trade
(laser cutting of uppers, linings, straps and insoles from the client's DXF files, laser engraving and perforation
of insoles, labels, soles and belts, die-less digital sample cutting, on-demand cutting capacity for peaks and machine
stops) for shoe factories, bag, belt and leather-goods makers and footwear-component suppliers in Brazil, 30
employees or more; leads in informal Brazilian Portuguese, a few in English. cantinabo is a Tarija (Bolivia)
provider of cashless payment and pre-ordering for private school canteens (prepaid student accounts topped up by
parents with QR, lunch and snack pre-orders with a production list for the kitchen, point-of-sale terminals on loan,
reports, healthy-kiosk labelling) for private and subsidised schools, boarding schools and school-canteen
concessionaires in Bolivia, 40 staff or more; leads in Bolivian Spanish, a few in English. bordadohn is a San Pedro
Sula (Honduras) contract garment-decoration shop (multi-head contract embroidery, screen printing, heat transfer and
tagless labels, patches and reflective tape, bundle pickup and return to the sewing line) for textile maquilas,
uniform and sportswear makers in Honduras, Guatemala and El Salvador, 100 employees or more; leads in Honduran
Spanish, a few in English. contentorespt is a Coimbra (Portugal) service that collects, washes, sanitises, repairs
and tracks the returnable totes pharmaceutical wholesalers use to deliver to pharmacies, with the cleaning records
needed for Good Distribution Practice and INFARMED audits, for pharmaceutical wholesalers, pharmacy cooperatives,
health-product logistics operators and medical-device distributors in Portugal, 30 workers or more; leads in
European Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ej001, ej002, ... in the order the rows are added. Run:
    python3 -B build-holdout156.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ej", ["rows_cortelaserbr", "rows_cantinabo", "rows_bordadohn", "rows_contentorespt"])
