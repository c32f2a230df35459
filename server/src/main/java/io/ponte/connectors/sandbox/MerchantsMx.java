package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Merchants.Habit.AUTO;
import static io.ponte.connectors.sandbox.Merchants.Habit.BAKERY_COFFEE;
import static io.ponte.connectors.sandbox.Merchants.Habit.BAR;
import static io.ponte.connectors.sandbox.Merchants.Habit.BEAUTY;
import static io.ponte.connectors.sandbox.Merchants.Habit.BOOKS;
import static io.ponte.connectors.sandbox.Merchants.Habit.CLOTHING;
import static io.ponte.connectors.sandbox.Merchants.Habit.CONVENIENCE;
import static io.ponte.connectors.sandbox.Merchants.Habit.DELIVERY;
import static io.ponte.connectors.sandbox.Merchants.Habit.DEPARTMENT_STORE;
import static io.ponte.connectors.sandbox.Merchants.Habit.DONATION;
import static io.ponte.connectors.sandbox.Merchants.Habit.ECOMMERCE;
import static io.ponte.connectors.sandbox.Merchants.Habit.EDUCATION;
import static io.ponte.connectors.sandbox.Merchants.Habit.ELECTRONICS;
import static io.ponte.connectors.sandbox.Merchants.Habit.ENTERTAINMENT;
import static io.ponte.connectors.sandbox.Merchants.Habit.FAST_FOOD;
import static io.ponte.connectors.sandbox.Merchants.Habit.FUEL;
import static io.ponte.connectors.sandbox.Merchants.Habit.GAMING;
import static io.ponte.connectors.sandbox.Merchants.Habit.GIFTS;
import static io.ponte.connectors.sandbox.Merchants.Habit.GROCERY;
import static io.ponte.connectors.sandbox.Merchants.Habit.HEALTH;
import static io.ponte.connectors.sandbox.Merchants.Habit.HOME;
import static io.ponte.connectors.sandbox.Merchants.Habit.LOTTERY;
import static io.ponte.connectors.sandbox.Merchants.Habit.PARKING_TOLLS;
import static io.ponte.connectors.sandbox.Merchants.Habit.PETS;
import static io.ponte.connectors.sandbox.Merchants.Habit.PHARMACY;
import static io.ponte.connectors.sandbox.Merchants.Habit.RESTAURANT;
import static io.ponte.connectors.sandbox.Merchants.Habit.RIDE;
import static io.ponte.connectors.sandbox.Merchants.Habit.TRANSIT;
import static io.ponte.connectors.sandbox.Merchants.Habit.TRAVEL_FLIGHT;
import static io.ponte.connectors.sandbox.Merchants.Habit.TRAVEL_HOTEL;
import static io.ponte.connectors.sandbox.Merchants.m;

import io.ponte.connectors.sandbox.Merchants.Merchant;
import java.util.List;

/**
 * Mexican merchants at 2025-2026 prices in MXN cents: national chains, regional ones and small local businesses
 * that show up through their card acquirer (CLIP MX*, MERPAGO*).
 */
final class MerchantsMx {

	static final List<Merchant> ALL = List.of(
			m("Walmart", GROCERY, 5411, "https://www.walmart.com.mx", "WAL MART SUC {store} {city}", 850_00, 0.6, 30),
			m("Bodega Aurrera", GROCERY, 5411, "https://www.bodegaaurrera.com.mx", "BODEGA AURRERA SUC {store}", 520_00, 0.6, 30),
			m("Soriana", GROCERY, 5411, "https://www.soriana.com", "TIENDAS SORIANA {store}", 700_00, 0.6, 22),
			m("Chedraui", GROCERY, 5411, "https://www.chedraui.com.mx", "TIENDAS CHEDRAUI {store}", 650_00, 0.6, 18),
			m("La Comer", GROCERY, 5411, "https://www.lacomer.com.mx", "LA COMER SUC {store}", 900_00, 0.6, 8),
			m("HEB", GROCERY, 5411, "https://www.heb.com.mx", "HEB {store} {city}", 900_00, 0.6, 12),
			m("Costco", GROCERY, 5300, "https://www.costco.com.mx", "COSTCO {store} {city}", 2200_00, 0.6, 8),
			m("Sam's Club", GROCERY, 5300, "https://www.sams.com.mx", "SAMS CLUB {store} {city}", 1800_00, 0.6, 10),
			m("City Market", GROCERY, 5411, "https://www.lacomer.com.mx", "CITY MARKET {store}", 1100_00, 0.6, 3),
			m("Fresko", GROCERY, 5411, "https://www.lacomer.com.mx", "FRESKO {store}", 750_00, 0.6, 4),
			m("Walmart Express", GROCERY, 5411, "https://www.walmart.com.mx", "WALMART EXPRESS {store}", 450_00, 0.6, 8),
			m("Tiendas 3B", GROCERY, 5411, "https://www.tiendas3b.com", "TIENDAS 3B {store}", 280_00, 0.6, 14),
			m("Tiendas Neto", GROCERY, 5411, "https://tiendasneto.com.mx", "TIENDAS NETO {store}", 220_00, 0.6, 8),
			m("Alsuper", GROCERY, 5411, "https://www.alsuper.com", "ALSUPER {store}", 700_00, 0.6, 3),
			m("Casa Ley", GROCERY, 5411, "https://www.casaley.com.mx", "CASA LEY {store}", 650_00, 0.6, 4),
			m("Frutería La Huerta", GROCERY, 5411, null, "CLIP MX*FRUTERIALAHUERTA", 150_00, 0.6, 10),
			m("OXXO", CONVENIENCE, 5499, "https://www.oxxo.com", "OXXO {store} {city}", 85_00, 0.6, 45),
			m("7-Eleven", CONVENIENCE, 5499, "https://www.7-eleven.com.mx", "7 ELEVEN {store}", 90_00, 0.6, 14),
			m("Circle K", CONVENIENCE, 5499, "https://www.circlek.com.mx", "CIRCLE K {store}", 85_00, 0.6, 10),
			m("Modelorama", CONVENIENCE, 5499, "https://www.modelorama.com.mx", "MODELORAMA {store}", 180_00, 0.6, 10),
			m("Kiosko", CONVENIENCE, 5499, null, "KIOSKO {store}", 80_00, 0.6, 5),
			m("Abarrotes La Esperanza", CONVENIENCE, 5499, null, "CLIP MX*ABARROTESLAESPERANZA", 70_00, 0.6, 14),
			m("Miscelánea Lupita", CONVENIENCE, 5499, null, "MERPAGO*MISCELANEALUPITA", 60_00, 0.6, 10),
			m("Tiendita Don José", CONVENIENCE, 5499, null, "CLIP MX*TIENDITADONJOSE", 55_00, 0.6, 10),
			m("Starbucks", BAKERY_COFFEE, 5814, "https://www.starbucks.com.mx", "STARBUCKS {store}", 110_00, 0.4, 16),
			m("Cielito Querido Café", BAKERY_COFFEE, 5814, "https://www.cielitoquerido.com.mx", "CIELITO QUERIDO CAFE", 95_00, 0.4, 8),
			m("Punta del Cielo", BAKERY_COFFEE, 5814, "https://www.puntadelcielo.com.mx", "PUNTA DEL CIELO {store}", 90_00, 0.4, 6),
			m("The Italian Coffee Company", BAKERY_COFFEE, 5814, "https://www.italiancoffee.com", "ITALIAN COFFEE {store}", 90_00, 0.4, 6),
			m("Tim Hortons", BAKERY_COFFEE, 5814, "https://www.timhortons.com.mx", "TIM HORTONS {store}", 95_00, 0.4, 5),
			m("El Globo", BAKERY_COFFEE, 5462, "https://www.elglobo.com.mx", "PASTELERIA EL GLOBO {store}", 180_00, 0.5, 6),
			m("Krispy Kreme", BAKERY_COFFEE, 5814, "https://www.krispykreme.com.mx", "KRISPY KREME {store}", 160_00, 0.5, 4),
			m("Panadería La Espiga", BAKERY_COFFEE, 5462, null, "CLIP MX*PANADERIALAESPIGA", 65_00, 0.5, 16),
			m("Café de la Esquina", BAKERY_COFFEE, 5814, null, "MERPAGO*CAFEDELAESQUINA", 70_00, 0.4, 8),
			m("Sanborns", RESTAURANT, 5812, "https://www.sanborns.com.mx", "SANBORNS {store}", 420_00, 0.4, 12),
			m("Vips", RESTAURANT, 5812, "https://www.vips.com.mx", "VIPS {store}", 380_00, 0.4, 10),
			m("Toks", RESTAURANT, 5812, "https://www.toks.com.mx", "TOKS {store}", 400_00, 0.4, 10),
			m("Italianni's", RESTAURANT, 5812, "https://www.italiannis.com.mx", "ITALIANNIS {store}", 750_00, 0.4, 6),
			m("El Fogoncito", RESTAURANT, 5812, "https://www.elfogoncito.com.mx", "EL FOGONCITO {store}", 450_00, 0.4, 5),
			m("Sushi Itto", RESTAURANT, 5812, "https://www.sushi-itto.com.mx", "SUSHI ITTO {store}", 380_00, 0.4, 6),
			m("Chili's", RESTAURANT, 5812, "https://www.chilis.com.mx", "CHILIS {store}", 650_00, 0.4, 6),
			m("La Casa de Toño", RESTAURANT, 5812, "https://www.lacasadetono.com.mx", "LA CASA DE TONO {store}", 280_00, 0.4, 8),
			m("Taquería El Güero", RESTAURANT, 5812, null, "CLIP MX*TAQUERIAELGUERO", 180_00, 0.5, 18),
			m("Fonda Doña Mary", RESTAURANT, 5812, null, "CLIP MX*FONDADONAMARY", 140_00, 0.4, 12),
			m("Cocina Económica La Abuela", RESTAURANT, 5812, null, "MERPAGO*COCINALAABUELA", 120_00, 0.4, 8),
			m("Mariscos El Puerto", RESTAURANT, 5812, null, "CLIP MX*MARISCOSELPUERTO", 450_00, 0.5, 5),
			m("McDonald's", FAST_FOOD, 5814, "https://www.mcdonalds.com.mx", "MCDONALDS {store}", 180_00, 0.4, 18),
			m("Burger King", FAST_FOOD, 5814, "https://www.burgerking.com.mx", "BURGER KING {store}", 170_00, 0.4, 12),
			m("KFC", FAST_FOOD, 5814, "https://www.kfc.com.mx", "KFC {store}", 210_00, 0.4, 10),
			m("Carl's Jr.", FAST_FOOD, 5814, "https://www.carlsjr.com.mx", "CARLS JR {store}", 220_00, 0.4, 8),
			m("Domino's", FAST_FOOD, 5814, "https://www.dominos.com.mx", "DOMINOS PIZZA {store}", 280_00, 0.4, 10),
			m("Little Caesars", FAST_FOOD, 5814, "https://www.littlecaesars.com.mx", "LITTLE CAESARS {store}", 180_00, 0.4, 10),
			m("Subway", FAST_FOOD, 5814, "https://www.subway.com/es-mx", "SUBWAY {store}", 150_00, 0.4, 6),
			m("Pizza Hut", FAST_FOOD, 5814, "https://www.pizzahut.com.mx", "PIZZA HUT {store}", 300_00, 0.4, 5),
			m("El Pollo Loco", FAST_FOOD, 5814, "https://www.elpolloloco.com.mx", "EL POLLO LOCO {store}", 230_00, 0.4, 6),
			m("Papa John's", FAST_FOOD, 5814, "https://www.papajohns.com.mx", "PAPA JOHNS {store}", 300_00, 0.4, 4),
			m("El Califa", FAST_FOOD, 5814, "https://www.elcalifa.com.mx", "TAQUERIA EL CALIFA", 350_00, 0.4, 4),
			m("Tortas La Paz", FAST_FOOD, 5814, null, "CLIP MX*TORTASLAPAZ", 90_00, 0.4, 8),
			m("Rappi", DELIVERY, 5814, "https://www.rappi.com.mx", "RAPPI*RAPPI MEXICO", 320_00, 0.5, 22),
			m("DiDi Food", DELIVERY, 5814, "https://web.didiglobal.com/mx/food", "DIDI FOOD", 280_00, 0.5, 18),
			m("Uber Eats", DELIVERY, 5814, "https://www.ubereats.com/mx", "UBER *EATS", 300_00, 0.5, 16),
			m("Cantina El Centenario", BAR, 5813, null, "CLIP MX*CANTINAELCENTENARIO", 450_00, 0.6, 8),
			m("Bar La Chula", BAR, 5813, null, "MERPAGO*BARLACHULA", 550_00, 0.6, 6),
			m("Mezcalería Oaxaca", BAR, 5813, null, "CLIP MX*MEZCALERIAOAXACA", 600_00, 0.6, 4),
			m("Pulquería Las Duelistas", BAR, 5813, null, "PULQUERIA LAS DUELISTAS", 200_00, 0.5, 2),
			m("Pemex", FUEL, 5541, "https://www.pemex.com", "PEMEX ES {store}", 800_00, 0.5, 30),
			m("Shell", FUEL, 5541, "https://www.shell.com.mx", "SHELL {store} {city}", 800_00, 0.5, 12),
			m("BP", FUEL, 5541, "https://www.bp.com/es_mx/mexico/home.html", "BP ESTACION {store}", 800_00, 0.5, 10),
			m("Mobil", FUEL, 5541, "https://www.mobil.com.mx", "MOBIL {store}", 780_00, 0.5, 8),
			m("G500", FUEL, 5541, "https://g500network.com", "G500 ES {store}", 780_00, 0.5, 8),
			m("OXXO Gas", FUEL, 5541, "https://www.oxxogas.com", "OXXO GAS {store}", 750_00, 0.5, 12),
			m("Uber", RIDE, 4121, "https://www.uber.com/mx", "UBER *TRIP", 120_00, 0.6, 40),
			m("DiDi", RIDE, 4121, "https://web.didiglobal.com/mx", "DIDI RIDES", 105_00, 0.6, 25),
			m("Cabify", RIDE, 4121, "https://cabify.com/mx", "CABIFY", 130_00, 0.6, 5),
			m("inDrive", RIDE, 4121, "https://indrive.com", "INDRIVE", 95_00, 0.6, 6),
			m("Metro CDMX", TRANSIT, 4111, "https://www.metro.cdmx.gob.mx", "METRO CDMX", 100_00, 0.5, 12),
			m("Metrobús", TRANSIT, 4111, "https://www.metrobus.cdmx.gob.mx", "METROBUS CDMX", 100_00, 0.5, 8),
			m("Tren Suburbano", TRANSIT, 4111, "https://www.fsuburbanos.com", "TREN SUBURBANO", 100_00, 0.5, 3),
			m("Metrorrey", TRANSIT, 4111, "https://www.metrorrey.gob.mx", "METRORREY", 100_00, 0.5, 4),
			m("SITEUR", TRANSIT, 4111, "https://www.siteur.gob.mx", "SITEUR", 80_00, 0.5, 3),
			m("IAVE", PARKING_TOLLS, 4784, "https://www.iave.com.mx", "IAVE", 350_00, 0.6, 10),
			m("TAG PASE", PARKING_TOLLS, 4784, "https://www.pase.com.mx", "TAG PASE", 350_00, 0.6, 8),
			m("Televía", PARKING_TOLLS, 4784, "https://www.televia.com.mx", "TELEVIA", 300_00, 0.6, 6),
			m("Estacionamiento Centro", PARKING_TOLLS, 7523, null, "CLIP MX*ESTACIONAMIENTOCENTRO", 45_00, 0.5, 10),
			m("Farmacias Guadalajara", PHARMACY, 5912, "https://www.farmaciasguadalajara.com", "FARMACIAS GUADALAJARA {store}", 320_00, 0.6, 22),
			m("Farmacias del Ahorro", PHARMACY, 5912, "https://www.fahorro.com", "FARMACIAS DEL AHORRO {store}", 300_00, 0.6, 20),
			m("Farmacias Similares", PHARMACY, 5912, "https://www.farmaciasdesimilares.com", "FARMACIAS SIMILARES {store}", 150_00, 0.6, 16),
			m("Farmacia San Pablo", PHARMACY, 5912, "https://www.farmaciasanpablo.com.mx", "FARMACIA SAN PABLO {store}", 380_00, 0.6, 8),
			m("Benavides", PHARMACY, 5912, "https://www.benavides.com.mx", "FARMACIAS BENAVIDES {store}", 300_00, 0.6, 10),
			m("Farmacia París", PHARMACY, 5912, "https://www.farmaciaparis.com", "FARMACIA PARIS", 350_00, 0.6, 3),
			m("Farmacias Yza", PHARMACY, 5912, null, "FARMACIAS YZA {store}", 250_00, 0.6, 5),
			m("Farmacias Klyns", PHARMACY, 5912, null, "FARMACIAS KLYNS {store}", 250_00, 0.6, 3),
			m("Farmacia La Providencia", PHARMACY, 5912, null, "CLIP MX*FARMACIALAPROVIDENCIA", 180_00, 0.6, 8),
			m("Salud Digna", HEALTH, 8071, "https://salud-digna.org", "SALUD DIGNA {store}", 350_00, 0.6, 10),
			m("Laboratorio Chopo", HEALTH, 8071, "https://www.chopo.com.mx", "LABORATORIO CHOPO {store}", 600_00, 0.7, 8),
			m("Ópticas Devlyn", HEALTH, 8043, "https://www.devlyn.com.mx", "OPTICAS DEVLYN {store}", 1800_00, 0.6, 4),
			m("Hospital Ángeles", HEALTH, 8062, "https://hospitalesangeles.com", "HOSPITAL ANGELES {city}", 3500_00, 0.8, 2),
			m("Consultorio Dental Sonríe", HEALTH, 8021, null, "CLIP MX*CONSULTORIODENTALSONRIE", 800_00, 0.7, 6),
			m("Consultorio Dr. Ramírez", HEALTH, 8011, null, "CLIP MX*CONSULTORIODRRAMIREZ", 600_00, 0.4, 6),
			m("Zara", CLOTHING, 5651, "https://www.zara.com/mx", "ZARA MEXICO {store}", 1100_00, 0.5, 10),
			m("C&A", CLOTHING, 5651, "https://www.cyamoda.com", "C&A MEXICO {store}", 600_00, 0.6, 10),
			m("H&M", CLOTHING, 5651, "https://www2.hm.com/es_mx", "H&M {store}", 700_00, 0.6, 8),
			m("Pull&Bear", CLOTHING, 5651, "https://www.pullandbear.com/mx", "PULL&BEAR {store}", 800_00, 0.5, 6),
			m("Bershka", CLOTHING, 5651, "https://www.bershka.com/mx", "BERSHKA {store}", 750_00, 0.5, 6),
			m("Cuidado con el Perro", CLOTHING, 5651, "https://www.cuidadoconelperro.com.mx", "CUIDADO CON EL PERRO {store}", 450_00, 0.6, 8),
			m("Shasa", CLOTHING, 5651, "https://www.shasa.com", "SHASA {store}", 400_00, 0.6, 5),
			m("Innovasport", CLOTHING, 5941, "https://www.innovasport.com", "INNOVASPORT {store}", 1500_00, 0.6, 6),
			m("Andrea", CLOTHING, 5661, "https://www.andrea.com", "ANDREA {store}", 900_00, 0.5, 5),
			m("Flexi", CLOTHING, 5661, "https://www.flexi.com.mx", "FLEXI {store}", 1300_00, 0.4, 4),
			m("Price Shoes", CLOTHING, 5661, "https://www.priceshoes.com", "PRICE SHOES {store}", 700_00, 0.6, 5),
			m("Boutique Mariana", CLOTHING, 5621, null, "CLIP MX*BOUTIQUEMARIANA", 450_00, 0.6, 6),
			m("Liverpool", DEPARTMENT_STORE, 5311, "https://www.liverpool.com.mx", "LIVERPOOL {store}", 1500_00, 0.8, 16),
			m("El Palacio de Hierro", DEPARTMENT_STORE, 5311, "https://www.elpalaciodehierro.com", "PALACIO DE HIERRO {store}", 2500_00, 0.8, 5),
			m("Coppel", DEPARTMENT_STORE, 5311, "https://www.coppel.com", "COPPEL {store}", 900_00, 0.8, 14),
			m("Suburbia", DEPARTMENT_STORE, 5311, "https://www.suburbia.com.mx", "SUBURBIA {store}", 700_00, 0.7, 8),
			m("Sears", DEPARTMENT_STORE, 5311, "https://www.sears.com.mx", "SEARS {store}", 1300_00, 0.8, 5),
			m("Elektra", ELECTRONICS, 5732, "https://www.elektra.com.mx", "ELEKTRA {store}", 3500_00, 0.8, 12),
			m("Steren", ELECTRONICS, 5732, "https://www.steren.com.mx", "STEREN {store}", 350_00, 0.7, 8),
			m("Apple", ELECTRONICS, 5732, "https://www.apple.com/mx", "APPLE STORE {city}", 9000_00, 0.8, 3),
			m("Samsung", ELECTRONICS, 5732, "https://www.samsung.com/mx", "SAMSUNG MEXICO", 7000_00, 0.8, 3),
			m("Cyberpuerta", ELECTRONICS, 5732, "https://www.cyberpuerta.mx", "CYBERPUERTA", 2500_00, 0.8, 4),
			m("Mixup", ELECTRONICS, 5735, "https://www.mixup.com", "MIXUP {store}", 600_00, 0.6, 3),
			m("Mercado Libre", ECOMMERCE, 5999, "https://www.mercadolibre.com.mx", "MERPAGO*MERCADOLIBRE", 650_00, 0.8, 30),
			m("Amazon", ECOMMERCE, 5999, "https://www.amazon.com.mx", "AMAZON MX", 700_00, 0.8, 25),
			m("Shein", ECOMMERCE, 5969, "https://www.shein.com.mx", "SHEIN", 650_00, 0.7, 14),
			m("Temu", ECOMMERCE, 5969, "https://www.temu.com/mx", "TEMU.COM", 500_00, 0.8, 10),
			m("AliExpress", ECOMMERCE, 5969, "https://es.aliexpress.com", "ALIEXPRESS", 450_00, 0.8, 6),
			m("The Home Depot", HOME, 5200, "https://www.homedepot.com.mx", "THE HOME DEPOT {store}", 1200_00, 0.8, 14),
			m("IKEA", HOME, 5712, "https://www.ikea.com/mx", "IKEA MEXICO", 1800_00, 0.8, 4),
			m("Comex", HOME, 5231, "https://www.comex.com.mx", "COMEX {store}", 900_00, 0.7, 6),
			m("Muebles Dico", HOME, 5712, "https://www.dico.com.mx", "MUEBLES DICO {store}", 6000_00, 0.7, 3),
			m("Vianney", HOME, 5719, "https://www.vianney.com.mx", "VIANNEY {store}", 1200_00, 0.6, 3),
			m("Ferretería El Tornillo", HOME, 5251, null, "CLIP MX*FERRETERIAELTORNILLO", 250_00, 0.7, 10),
			m("Sephora", BEAUTY, 5977, "https://www.sephora.com.mx", "SEPHORA {store}", 1200_00, 0.6, 6),
			m("Sally Beauty", BEAUTY, 5977, "https://www.sallybeauty.com.mx", "SALLY BEAUTY {store}", 450_00, 0.6, 5),
			m("Bath & Body Works", BEAUTY, 5977, "https://www.bathandbodyworks.mx", "BATH AND BODY WORKS", 700_00, 0.5, 4),
			m("Estética Glam", BEAUTY, 7230, null, "CLIP MX*ESTETICAGLAM", 400_00, 0.6, 12),
			m("Barbería El Patrón", BEAUTY, 7230, null, "CLIP MX*BARBERIAELPATRON", 200_00, 0.3, 12),
			m("Petco", PETS, 5995, "https://www.petco.com.mx", "PETCO {store}", 750_00, 0.6, 8),
			m("+Kota", PETS, 5995, "https://www.maskota.com.mx", "MASKOTA {store}", 600_00, 0.6, 8),
			m("Petsy", PETS, 5995, "https://www.petsy.mx", "PETSY", 800_00, 0.5, 4),
			m("Veterinaria San Francisco", PETS, "Home & Life", "Veterinary Services", 742, null, "CLIP MX*VETERINARIASANFCO", 700_00, 0.6, 5),
			m("Cinépolis", ENTERTAINMENT, 7832, "https://cinepolis.com", "CINEPOLIS {city}", 280_00, 0.5, 18),
			m("Cinemex", ENTERTAINMENT, 7832, "https://cinemex.com", "CINEMEX {city}", 250_00, 0.5, 12),
			m("Ticketmaster", ENTERTAINMENT, 7922, "https://www.ticketmaster.com.mx", "TICKETMASTER MEXICO", 1800_00, 0.7, 5),
			m("Superboletos", ENTERTAINMENT, 7922, "https://www.superboletos.com", "SUPERBOLETOS", 900_00, 0.7, 3),
			m("Six Flags México", ENTERTAINMENT, 7996, "https://www.sixflags.com.mx", "SIX FLAGS MEXICO", 1400_00, 0.4, 3),
			m("KidZania", ENTERTAINMENT, 7996, "https://www.kidzania.com.mx", "KIDZANIA {city}", 900_00, 0.4, 3),
			m("Gandhi", BOOKS, 5942, "https://www.gandhi.com.mx", "LIBRERIAS GANDHI {store}", 380_00, 0.5, 8),
			m("El Sótano", BOOKS, 5942, "https://www.elsotano.com", "LIBRERIA EL SOTANO {store}", 350_00, 0.5, 4),
			m("Porrúa", BOOKS, 5942, "https://www.porrua.mx", "LIBRERIA PORRUA {store}", 380_00, 0.5, 4),
			m("El Péndulo", BOOKS, 5942, "https://www.pendulo.com", "CAFEBRERIA EL PENDULO", 420_00, 0.5, 3),
			m("Gonvill", BOOKS, 5942, "https://www.gonvill.com.mx", "LIBRERIAS GONVILL {store}", 350_00, 0.5, 2),
			m("PlayStation Store", GAMING, 5816, "https://store.playstation.com", "PLAYSTATION NETWORK", 600_00, 0.7, 8),
			m("Xbox", GAMING, 5816, "https://www.xbox.com", "MICROSOFT*XBOX", 500_00, 0.7, 6),
			m("Nintendo eShop", GAMING, 5816, "https://www.nintendo.com", "NINTENDO ESHOP", 700_00, 0.7, 4),
			m("Steam", GAMING, 5816, "https://store.steampowered.com", "STEAMGAMES.COM 4259522985", 250_00, 0.8, 6),
			m("Garena Free Fire", GAMING, 5816, "https://ff.garena.com", "GARENA FREE FIRE", 100_00, 0.6, 5),
			m("Pronósticos", LOTTERY, 7800, "https://www.pronosticos.gob.mx", "PRONOSTICOS", 60_00, 0.6, 10),
			m("Lotería Nacional", LOTTERY, 7800, "https://www.loterianacional.gob.mx", "LOTERIA NACIONAL", 50_00, 0.6, 8),
			m("Sorteos Tec", LOTTERY, 7800, "https://www.sorteostec.org", "SORTEOS TEC", 1100_00, 0.4, 2),
			m("Office Depot", EDUCATION, "Personal Shopping", "Office Supplies", 5943, "https://www.officedepot.com.mx", "OFFICE DEPOT {store}", 450_00, 0.7, 10),
			m("OfficeMax", EDUCATION, "Personal Shopping", "Office Supplies", 5943, "https://www.officemax.com.mx", "OFFICEMAX {store}", 420_00, 0.7, 5),
			m("Lumen", EDUCATION, "Personal Shopping", "Office Supplies", 5943, "https://www.lumen.com.mx", "PAPELERIA LUMEN {store}", 350_00, 0.7, 5),
			m("Papelería El Lápiz", EDUCATION, "Personal Shopping", "Office Supplies", 5943, null, "CLIP MX*PAPELERIAELLAPIZ", 80_00, 0.7, 8),
			m("Platzi", EDUCATION, 8299, "https://platzi.com", "PLATZI", 400_00, 0.3, 3),
			m("Udemy", EDUCATION, 8299, "https://www.udemy.com", "UDEMY", 250_00, 0.5, 4),
			m("Harmon Hall", EDUCATION, 8299, "https://www.harmonhall.com", "HARMON HALL", 2500_00, 0.3, 2),
			m("Aeroméxico", TRAVEL_FLIGHT, 4511, "https://www.aeromexico.com", "AEROMEXICO", 4200_00, 0.6, 8),
			m("Volaris", TRAVEL_FLIGHT, 4511, "https://www.volaris.com", "VOLARIS", 2300_00, 0.6, 10),
			m("Viva Aerobus", TRAVEL_FLIGHT, 4511, "https://www.vivaaerobus.com", "VIVA AEROBUS", 2100_00, 0.6, 9),
			m("Despegar", TRAVEL_FLIGHT, 4722, "https://www.despegar.com.mx", "DESPEGAR.COM", 5500_00, 0.7, 4),
			m("Booking.com", TRAVEL_HOTEL, 4722, "https://www.booking.com", "BOOKING.COM", 3200_00, 0.7, 8),
			m("Expedia", TRAVEL_HOTEL, 4722, "https://www.expedia.mx", "EXPEDIA", 3500_00, 0.7, 4),
			m("Airbnb", TRAVEL_HOTEL, 7011, "https://www.airbnb.mx", "AIRBNB", 3800_00, 0.7, 8),
			m("City Express", TRAVEL_HOTEL, 7011, "https://www.cityexpress.com", "CITY EXPRESS {city}", 1300_00, 0.4, 5),
			m("Fiesta Americana", TRAVEL_HOTEL, 7011, "https://www.fiestamericana.com", "FIESTA AMERICANA {city}", 3200_00, 0.5, 3),
			m("AutoZone", AUTO, 5533, "https://www.autozone.com.mx", "AUTOZONE {store}", 600_00, 0.8, 8),
			m("Midas", AUTO, 7538, "https://www.midas.com.mx", "MIDAS {store}", 2200_00, 0.7, 4),
			m("Llantera El Chino", AUTO, 7534, null, "CLIP MX*LLANTERAELCHINO", 900_00, 0.8, 6),
			m("Autolavado Splash", AUTO, 7542, null, "CLIP MX*AUTOLAVADOSPLASH", 150_00, 0.4, 8),
			m("Taller Mecánico López", AUTO, 7538, null, "MERPAGO*TALLERMECANICOLOPEZ", 2000_00, 0.8, 5),
			m("Hertz", AUTO, "Transport & Travel", "Auto Rental", 7512, "https://www.hertzmexico.com", "HERTZ MEXICO", 1800_00, 0.6, 2),
			m("Juguetrón", GIFTS, 5945, "https://www.juguetron.mx", "JUGUETRON {store}", 800_00, 0.6, 5),
			m("Miniso", GIFTS, 5331, "https://www.miniso.com.mx", "MINISO {store}", 250_00, 0.6, 10),
			m("Pandora", GIFTS, 5944, "https://mx.pandora.net", "PANDORA {store}", 1900_00, 0.6, 3),
			m("Florería Rosita", GIFTS, 5992, null, "CLIP MX*FLORERIAROSITA", 450_00, 0.5, 6),
			m("Cruz Roja Mexicana", DONATION, 8398, "https://www.cruzrojamexicana.org.mx", "CRUZ ROJA MEXICANA", 200_00, 0.5, 5),
			m("Fundación Teletón", DONATION, 8398, "https://teleton.org", "FUNDACION TELETON", 300_00, 0.5, 4),
			m("UNICEF México", DONATION, 8398, "https://www.unicef.org/mexico", "UNICEF MEXICO", 250_00, 0.4, 3),
			m("Red BAMX", DONATION, 8398, "https://bamx.org.mx", "RED BAMX", 200_00, 0.5, 2));

	private MerchantsMx() {
	}

}
