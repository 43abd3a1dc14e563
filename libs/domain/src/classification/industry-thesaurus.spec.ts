// The trades leads and sellers name in their own words and the thesaurus did not know: "Automoción", "Hotéis",
// "Senior living", "Feed mill", "Dredging", "Lar de idosos", "Charter operators", "X farming" / "X growing"... Each now
// names its sector and the part of it a sales person would file it under, so a lead in the seller's target trade is no
// longer read as "not a target industry"; a different part of the same sector still does not meet (a senior residence is
// no hospital, a roofer no road builder). Some names stay out because the labelled leads' authors keep them out: a bare
// "Gráfica" (a print shop is no manufacturer), landscaping and interior design for a seller of "Construction", and a
// bare "Cooperativa" (credit or farm co-op: it cannot be told).
import { DEFAULT_POLICY } from '../policy/policy';
import { sectorsMeeting, sectorsOf } from './sectors';
import { sellerProfileOf } from './seller-profile';
import type { CompanyProfile } from './types';

/** Whether a lead's stated industry meets one of the seller's target industries (the thesaurus alone). */
const meets = (industry: string, targets: string[]) => {
  const seller = sellerProfileOf({ companyName: 'S', targetIndustries: targets } as CompanyProfile, DEFAULT_POLICY);
  return sectorsMeeting(sectorsOf(industry), seller.targetSectors).length > 0;
};

it.each([
  // Spanish
  ['es', 'Automoción', ['Automotive', 'Hospitals']],
  ['es', 'Automoción - componentes', ['Auto parts']],
  ['es', 'Residencias de mayores', ['Senior living', 'Hotels']],
  ['es', 'Hostelería', ['Hotels']],
  ['es', 'Hostelería', ['Restaurants']],
  ['es', 'Dragado', ['Dredging', 'Mining']],
  ['es', 'Construcción de túneles', ['Tunnelling']],
  ['es', 'Engorde a corral', ['Feedlots']],
  ['es', 'Cabaña Angus', ['Beef cattle']],
  ['es', 'Molinería', ['Flour milling']],
  ['es', 'Procesamiento de salmón', ['Seafood processing']],
  ['es', 'Procesamiento de aceitunas', ['Oilseed crushing', 'Manufacturing']],
  ['es', 'Aceites vegetales', ['Oilseed crushing']],
  ['es', 'Galletitas', ['Biscuits and crackers']],
  ['es', 'Salas cuna', ['Childcare']],
  ['es', 'Seguridad física', ['Private security']],
  ['es', 'Aviación ejecutiva / helicópteros', ['Business aviation']],
  ['es', 'Operador chárter', ['Charter operators']],
  ['es', 'Desalación', ['Desalination']],
  ['es', 'Desalación', ['Water utilities']],
  ['es', 'Administración local', ['Municipalities']],
  ['es', 'Abastecimiento de agua', ['Water utilities']],
  ['es', 'Gasfitería', ['Plumbing']],
  ['es', 'Refrigeración comercial', ['HVAC']],
  ['es', 'Cal y yeso', ['Lime', 'Cement']],
  ['es', 'Alquiler de andamios', ['Equipment rental']],
  ['es', 'Colmado / venta al detal', ['Convenience stores']],
  ['es', 'Sanidad privada', ['Hospitals']],
  // English
  ['en', 'Senior living', ['Nursing homes']],
  ['en', 'Senior living communities', ['Senior residences']],
  ['en', 'Feed mill', ['Animal feed', 'Cement']],
  ['en', 'Blueberry farm', ['Fruit growing']],
  ['en', 'Onion growing', ['Horticulture']],
  ['en', 'Melon farming', ['Agriculture']],
  ['en', 'Christmas tree farm', ['Agribusiness']],
  ['en', 'Agricultural cooperative', ['Agricultural cooperatives', 'Banking']],
  ['en', 'Mechanical contracting', ['HVAC']],
  ['en', 'General contracting', ['Construction']],
  ['en', 'Homebuilder', ['Real estate developers']],
  ['en', 'Tunnelling', ['Civil works']],
  ['en', 'Paving', ['Highway concessions']],
  ['en', 'Roofing', ['Roofing contractors']],
  ['en', 'Surgical center', ['Hospitals']],
  ['en', 'Dialysis centers', ['Dialysis']],
  ['en', 'Pediatrics', ['Medical practices']],
  ['en', 'OB/GYN practice', ['Physician groups']],
  ['en', 'Outpatient care', ['Clinics']],
  ['en', 'Contract research (CRO)', ['Contract research (CRO / CDMO)']],
  ['en', 'Multifamily', ['Apartment communities']],
  ['en', 'Shopping centre', ['Shopping malls']],
  ['en', 'Power transmission', ['Transmission lines']],
  ['en', 'Pipelines', ['Oil and gas']],
  ['es', 'Siderurgia', ['Heavy industry']],
  ['en', 'Villa rentals', ['Tourist apartments']],
  ['en', 'Campgrounds', ['RV parks']],
  ['en', 'Business aviation', ['Aviation']],
  ['en', 'Shipowners', ['Shipping lines']],
  ['en', 'Sauces and condiments', ['Condimentos']],
  ['en', 'Skin care', ['Cosmetics']],
  ['en', 'Lead generation', ['Marketing agencies']],
  // Portuguese
  ['pt', 'Hotéis', ['Hotels']],
  ['pt', 'Componentes automóveis', ['Automotive']],
  ['pt', 'Automóvel e componentes', ['Autopartes']],
  ['pt', 'Lar de idosos', ['Senior residences']],
  ['pt', 'Centros comerciais', ['Shopping centers']],
  ['pt', 'Processamento de aves', ['Poultry processing']],
  ['pt', 'Abate de aves', ['Meatpacking']],
  ['pt', 'Grãos', ['Grain farming']],
  ['pt', 'Acopio de grãos', ['Grain storage']],
  ['pt', 'Algodão', ['Cotton']],
  ['pt', 'Cacau', ['Cocoa']],
  ['pt', 'Ginásios', ['Fitness']],
  ['pt', 'Controle de pragas', ['Pest control']],
  ['pt', 'Despacho aduaneiro', ['Customs brokers']],
  ['pt', 'Vidro', ['Glass']],
  ['pt', 'Agroalimentar', ['Food processing']],
  ['pt', 'Salgadinhos', ['Snacks']],
  ['pt', 'Sondagem geotécnica', ['Civil engineering']],
  ['pt', 'Hospital-dia', ['Day hospitals']],
  ['pt', 'Fretamento', ['Passenger transport']],
  ['pt', 'Locação de equipamentos', ['Heavy equipment rental']],
  ['pt', 'Ensaios não destrutivos', ['Non-destructive testing']],
  ['es', 'Cooperativa lechera', ['Dairy cooperatives']],
  ['pt', 'Exploração e produção offshore', ['Offshore oil and gas']],
  ['pt', 'Instalação de ar-condicionado', ['HVAC']],
])('%s: the industry "%s" is one of %j', (_lang, industry, targets) => {
  expect(meets(industry, targets)).toBe(true);
});

it.each([
  // Another part of the same sector.
  ['en', 'Senior living', ['Hospitals']],
  ['es', 'Residencias de mayores', ['Dental clinics']],
  ['en', 'Roofing', ['Civil engineering']],
  ['es', 'Dragado', ['Roofing']],
  ['en', 'Feed mill', ['Fruit growing']],
  ['pt', 'Hotéis', ['Tourist apartments']],
  ['en', 'Charter operator', ['Airports']],
  ['es', 'Automoción', ['Shipbuilding']],
  ['en', 'Dialysis centers', ['Dental clinics']],
  ['pt', 'Centros comerciais', ['Supermarkets']],
  ['es', 'Procesamiento de salmón', ['Dairy']],
  ['pt', 'Grãos', ['Coffee growing']],
  ['en', 'Mechanical contracting', ['Roofing']],
  ['en', 'Multifamily', ['Condominiums']],
  ['es', 'Hostelería / cafetería', ['Hotéis']],
  // Names the labelled leads' authors keep outside these targets.
  ['pt', 'Gráfica', ['Manufacturing']],
  ['es', 'Paisajismo y áreas verdes', ['Construction']],
  ['en', 'Interior design', ['Construction']],
  ['es', 'Cooperativa', ['Banking', 'Agribusiness']],
])('%s: the industry "%s" is none of %j', (_lang, industry, targets) => {
  expect(meets(industry, targets)).toBe(false);
});
