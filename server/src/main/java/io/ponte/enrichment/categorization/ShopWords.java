package io.ponte.enrichment.categorization;

import static io.ponte.enrichment.categorization.DescriptionRules.Direction.OUT;

import io.ponte.enrichment.categorization.Lexicon.Group;
import java.util.List;

/**
 * What a shop sells, from the words of its name: most small businesses call themselves what they are
 * ({@code PADARIA SAO JORGE}, {@code FARMACIA LA PROVIDENCIA}, {@code BOTILLERIA EL GUATON}), and the merchant
 * dictionary can never hold them all. Portuguese and Spanish trade words, with stems where acquirers glue the name
 * into one word ({@code PAG*ACOUGUEBOIDEOURO}). Read for a purchase the dictionary does not know and whose merchant
 * category code says nothing, and for a transfer sent to a company (a Pix or SPEI paid at a shop). Specific groups
 * come first: {@code CLINICA VETERINARIA} before {@code CLINICA}, {@code PET SHOP} before shops.
 */
final class ShopWords {

	private static Group g(String countries, String category, String subcategory, String... phrases) {
		return new Group(countries, OUT, category, subcategory, true, phrases);
	}

	static final Lexicon LEXICON = new Lexicon(List.of(
			g("*", "Home & Life", "Veterinary Services", "VETERINARI*", "CLINICA VET", "VET"),
			g("*", "Personal Shopping", "Pet Supplies", "PET SHOP", "PETSHOP*", "AGROPET*", "MASCOTA*", "PET"),
			g("*", "Home & Life", "Pharmacies", "FARMACIA*", "FARMA*", "DROGARIA*", "DROGUERIA*", "BOTICA*", "FARM"),
			g("*", "Transport & Travel", "Gas", "AUTO POSTO", "AUTOPOSTO*", "POSTO", "POSTOS", "COMBUSTIVE*",
					"COMBUSTIBLE*", "GASOLINERA*", "GASOLINERIA*", "GASOLINA", "SERVICENTRO*", "ESTACION DE SERVICIO",
					"ESTACION SERVICIO", "SERV GASOL", "GASOLINERO"),
			g("*", "Transport & Travel", "Auto Expenses", "AUTO PECAS", "AUTOPECAS*", "REFACCIONARIA*",
					"REFACCIONES", "BORRACHARIA*", "LLANTERA*", "VULCANIZA*", "LUBRICENTRO*", "OFICINA MECANICA",
					"MECANICA*", "MECANICO", "TALLER", "LAVA JATO", "LAVAJATO*", "LAVA RAPIDO", "AUTOLAVADO*",
					"LAVA AUTOS", "AUTOCENTER", "FUNILARIA*", "REPUESTOS", "AUTOPARTES"),
			g("*", "Transport & Travel", "Parking & Tolls", "ESTACIONAMENTO*", "ESTACIONAMIENTO*", "PARKING",
					"PEDAGIO*", "PEAJE*", "CASETA", "AUTOPISTA", "PARQUIMETRO*"),
			g("*", "Transport & Travel", "Taxis & Rideshares", "TAXI*", "RADIO TAXI", "REMIS"),
			g("*", "Transport & Travel", "Accommodation", "HOTEL*", "HOTEIS", "POUSADA*", "HOSTAL*", "HOSTEL*",
					"HOSPEDAJE*", "HOSPEDAGEM", "MOTEL*", "RESORT", "POSADA", "CABANAS"),
			g("*", "Food & Groceries", "Alcohol & Tobacco", "ADEGA*", "BOTILLERIA*", "LICORERIA*", "LICORES",
					"VINOS", "VINHOS", "DEPOSITO DE CERVEZA", "DEPOSITO CERVEZA", "EXPENDIO", "TABACARIA*",
					"TABAQUERIA*", "CIGARRERIA*"),
			g("*", "Food & Groceries", "Bars & Nightclubs", "BAR", "BARES", "BOTECO*", "BOTEQUIM", "CHOPERIA*",
					"CHOPPERIA*", "CERVEJARIA*", "CERVECERIA*", "PUB", "PULQUERIA*", "MEZCALERIA*", "RESTOBAR",
					"DISCOTECA", "BOATE", "ANTRO"),
			g("MX", "Food & Groceries", "Bars & Nightclubs", "CANTINA"),
			g("*", "Food & Groceries", "Bakery & Coffee", "PADARIA*", "PANIFICADORA*", "PANADERIA*", "PANIFICACION",
					"PASTELERIA*", "CONFEITARIA*", "AMASANDERIA*", "CAFETERIA*", "CAFE", "CAFES", "COFFEE",
					"DOCERIA*", "REPOSTERIA*", "BOULANGERIE"),
			g("*", "Food & Groceries", "Convenience Store", "ABARROTES*", "MISCELANEA*", "MINISUPER*",
					"MINIMARKET*", "MINIMERCADO*", "MERCADINHO*", "EMPORIO*", "ALMACEN", "KIOSCO*", "CONVENIENCIA*",
					"TIENDITA*"),
			g("*", "Personal Shopping", "E-commerce", "MERCADO LIVRE", "MERCADO LIBRE", "MERCADOLIVRE*",
					"MERCADOLIBRE*"),
			g("*", "Food & Groceries", "Groceries", "SUPERMERC*", "SUPER MERCADO", "HIPERMERCADO*", "MERCADO",
					"MERCEARIA*", "HORTIFRUTI*", "SACOLAO", "ACOUGUE*", "CARNICERIA*", "CARNES", "POLLERIA*",
					"VERDULERIA*", "FRUTERIA*", "PESCADERIA*", "PEIXARIA*", "TORTILLERIA*", "ATACAD*",
					"CENTRAL DE ABASTO"),
			g("*", "Food & Groceries", "Restaurants", "RESTAURANTE*", "RESTAURANT", "LANCHONETE*", "LANCHES",
					"PIZZARIA*", "PIZZERIA*", "PIZZA", "PIZZAS", "CHURRASCARIA*", "CHURRASQUERIA*", "CHURRASCO",
					"TAQUERIA*", "TACOS", "SUSHI*", "HAMBURGUERIA*", "BURGUERIA*", "HAMBURGUESERIA*", "BURGER",
					"SORVETERIA*", "HELADERIA*", "GELATERIA*", "COCINA", "COMIDA", "COMIDAS", "FONDA", "COMEDOR",
					"BIRRIERIA*", "MARISQUERIA*", "MARISCOS", "CEVICHERIA*", "SANGUCHERIA*", "FUENTE DE SODA",
					"EMPANADA*", "ASADERO", "ROTISERIA*", "PARRILLA*", "RODIZIO", "TRATTORIA", "BISTRO", "STEAKHOUSE",
					"GRILL", "FOOD TRUCK", "FOODTRUCK*", "PASTELARIA*", "ESPETINHO*"),
			g("*", "Home & Life", "Health", "CLINICA*", "CONSULTORIO*", "ODONTO*", "DENTAL", "DENTISTA*",
					"LABORATORIO*", "HOSPITAL*", "MEDICO*", "MEDICA", "CENTRO MEDICO", "OTICA*", "OPTICA*",
					"FISIOTERAPIA*", "PSICOLOG*", "NUTRICIONISTA", "ORTODONTIA*", "RADIOLOGIA", "KINESIOLOGIA"),
			g("BR", "Home & Life", "Gyms & Fitness", "ACADEMIA*"),
			g("*", "Home & Life", "Gyms & Fitness", "GIMNASIO*", "GYM", "CROSSFIT", "FITNESS", "PILATES"),
			g("*", "Home & Life", "Hair & Beauty", "SALAO*", "BARBEARIA*", "BARBERIA*", "BARBERSHOP",
					"PELUQUERIA*", "CABELEIREIR*", "ESTETICA*", "MANICURE", "BELEZA", "BELLEZA", "SALON DE BELLEZA"),
			g("*", "Home & Life", "Laundry & Dry Cleaning", "LAVANDERIA*", "TINTURARIA*", "TINTORERIA*",
					"LAVASECO"),
			g("*", "Home & Life", "Education", "ESCOLA", "ESCOLAS", "ESCUELA", "COLEGIO*", "FACULDADE*", "UNIVERSIDAD*",
					"UNIVERSIDADE*", "CURSO*", "IDIOMAS", "GUARDERIA", "CRECHE", "JARDIN INFANTIL"),
			g("MX CL", "Home & Life", "Education", "ACADEMIA*"),
			g("*", "Home & Life", "Home Decor & Appliances", "MATERIAIS DE CONSTRUCAO", "MAT CONSTRUCAO",
					"MATCONSTRUCAO*", "MATERIALES DE CONSTRUCCION", "FERRAGENS", "FERRAGISTA", "FERRETERIA*",
					"TLAPALERIA*", "MADEIREIRA*", "MUEBLERIA*", "MUEBLES", "MOVEIS", "VIDRACARIA", "COLCHOES",
					"COLCHONES", "DECORACION", "DECORACAO", "ELETRODOMESTICOS", "ELECTRODOMESTICOS"),
			g("*", "Personal Shopping", "Office Supplies", "PAPELARIA*", "PAPELERIA*"),
			g("*", "Personal Shopping", "Books & News", "LIVRARIA*", "LIBRERIA*"),
			g("*", "Personal Shopping", "Clothing & Accessories", "ROUPAS", "ROPA", "MODAS", "MODA", "CALCADOS",
					"ZAPATERIA*", "ZAPATOS", "BOUTIQUE", "CONFECCOES", "VESTUARIO", "JOYERIA*", "JOALHERIA*",
					"RELOJERIA*"),
			g("*", "Personal Shopping", "Electronics", "ELETRONICOS*", "ELECTRONICA*", "CELULARES", "INFORMATICA",
					"COMPUTACION"),
			g("*", "Personal Shopping", "Gifts", "FLORICULTURA*", "FLORERIA*", "FLORISTERIA*", "BRINQUEDOS",
					"JUGUETERIA*", "PRESENTES", "REGALOS"),
			g("*", "Online Platforms & Leisure", "Lottery", "LOTERIC*", "LOTERIA*"),
			g("*", "Online Platforms & Leisure", "Events, Parks and Museums", "CINE*", "TEATRO*", "MUSEO*",
					"MUSEU*", "ZOOLOGICO"),
			g("*", "Online Platforms & Leisure", "Gaming", "GAMES"),
			// utilities that name themselves by what they supply
			g("*", "Bills & Utilities", "Electricity & Energy", "CONTA DE LUZ", "CONTA LUZ", "ENERGIA",
					"ELETRICIDADE", "ELECTRICIDAD", "GASERA", "GAS NATURAL", "GAS LP"),
			g("*", "Bills & Utilities", "Water", "AGUA POTABLE", "AGUAS", "SANEAMENTO", "CONTA DE AGUA",
					"AGUA Y DRENAJE", "SANITARIA"),
			g("*", "Bills & Utilities", "Telecommunications", "TELECOM*", "TELEFONIA", "TELEFONICA", "INTERNET",
					"TV A CABO", "FIBRA OPTICA")));

	private ShopWords() {
	}

}
