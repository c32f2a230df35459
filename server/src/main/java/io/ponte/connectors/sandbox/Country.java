package io.ponte.connectors.sandbox;

import java.util.List;

/**
 * Local colour for sandbox data: names, cities, employers and merchants that a Brazilian or Mexican bank
 * statement would really show, so that enrichment (categories, incomes, recurring expenses) is exercised on
 * believable text. Everything here is public brand or place names; people and employers are fictitious.
 */
enum Country {

	BR("BRL", "BRA", "55", 6_500_00, List.of("Ana", "Beatriz", "Camila", "Fernanda", "Juliana", "Larissa", "Mariana",
			"Patrícia", "Renata", "Tatiana", "Aline", "Gabriela"),
			List.of("André", "Bruno", "Carlos", "Diego", "Eduardo", "Felipe", "Gustavo", "João", "Lucas", "Marcelo",
					"Rafael", "Thiago"),
			List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
					"Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Barbosa", "Rocha", "Azevedo"),
			List.of(new City("São Paulo", "SP", "01310", "3550308", "-23.561414", "-46.655881", "Enel SP", "Sabesp"),
					new City("Rio de Janeiro", "RJ", "22071", "3304557", "-22.970722", "-43.182365", "Light",
							"Águas do Rio"),
					new City("Belo Horizonte", "MG", "30130", "3106200", "-19.919068", "-43.938575", "Cemig",
							"Copasa"),
					new City("Curitiba", "PR", "80020", "4106902", "-25.428954", "-49.267137", "Copel", "Sanepar"),
					new City("Porto Alegre", "RS", "90010", "4314902", "-30.027704", "-51.228735", "CEEE Equatorial",
							"DMAE"),
					new City("Recife", "PE", "50030", "2611606", "-8.057838", "-34.882897", "Neoenergia Pernambuco",
							"Compesa")),
			List.of("Rua das Palmeiras", "Avenida Paulista", "Rua Sete de Setembro", "Rua XV de Novembro",
					"Avenida Brasil", "Rua dos Andradas", "Rua da Consolação"),
			List.of("Aurora Tecnologia Ltda", "Construtora Ipê S.A.", "Hospital Santa Luzia Ltda",
					"Transportadora Rio Grande Ltda", "Grupo Educacional Saber S.A.", "Laticínios Serra Azul Ltda",
					"Agência Ponto Digital Ltda"),
			List.of("Pão de Açúcar", "Carrefour", "Assaí Atacadista", "Atacadão", "Dia Supermercado", "Hortifruti",
					"Zaffari"),
			List.of("iFood", "Outback Steakhouse", "Coco Bambu", "Madero", "Habib's", "Spoleto", "Starbucks"),
			List.of("Drogasil", "Droga Raia", "Drogaria São Paulo", "Pague Menos"),
			List.of("Uber", "99", "Posto Shell", "Posto Ipiranga"),
			List.of("Vivo Fibra", "Claro NET", "TIM Live", "Oi Fibra"), List.of("Vivo", "Claro", "TIM"),
			List.of("Netflix", "Spotify", "Globoplay", "Disney+", "Amazon Prime Video"),
			List.of("Smart Fit", "Bluefit", "Bodytech")),

	MX("MXN", "MEX", "52", 28_000_00, List.of("María", "Guadalupe", "Fernanda", "Sofía", "Valeria", "Daniela",
			"Alejandra", "Ximena", "Lucía", "Mariana", "Andrea", "Paola"),
			List.of("José", "Juan", "Luis", "Carlos", "Miguel", "Jorge", "Alejandro", "Ricardo", "Eduardo", "Diego",
					"Fernando", "Santiago"),
			List.of("Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
					"Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres"),
			List.of(new City("Ciudad de México", "DF", "06600", null, "19.426760", "-99.167470", "CFE", "SACMEX"),
					new City("Guadalajara", "JC", "44100", null, "20.676722", "-103.347320", "CFE", "SIAPA"),
					new City("Monterrey", "NL", "64000", null, "25.671940", "-100.309300", "CFE",
							"Agua y Drenaje de Monterrey"),
					new City("Puebla", "PL", "72000", null, "19.043440", "-98.198700", "CFE", "Agua de Puebla"),
					new City("Querétaro", "QT", "76000", null, "20.588793", "-100.389885", "CFE", "CEA Querétaro")),
			List.of("Avenida Insurgentes Sur", "Calle Durango", "Avenida Juárez", "Calle Hidalgo", "Paseo de la Reforma",
					"Avenida Vallarta", "Calle Morelos"),
			List.of("Grupo Industrial Anáhuac SA de CV", "Servicios Tecnológicos del Bajío SA de CV",
					"Comercializadora Sierra Madre SA de CV", "Hospital San Ángel SA de CV",
					"Logística Pacífico SA de CV", "Consultores Reforma SC", "Alimentos La Huasteca SA de CV"),
			List.of("Walmart", "Soriana", "Chedraui", "La Comer", "Bodega Aurrera", "City Market", "Costco"),
			List.of("Sanborns", "Vips", "Toks", "Italianni's", "El Fogoncito", "Starbucks", "Rappi"),
			List.of("Farmacias del Ahorro", "Farmacias Guadalajara", "Farmacias Similares", "Farmacia San Pablo"),
			List.of("Uber", "DiDi", "Pemex", "Shell"), List.of("Telmex Infinitum", "Izzi", "Totalplay", "Megacable"),
			List.of("Telcel", "AT&T México", "Movistar"), List.of("Netflix", "Spotify", "Disney+", "Max", "Prime Video"),
			List.of("Smart Fit", "Sports World", "Energy Fitness"));

	/** A city with the utilities that serve it. {@code townCode} is the IBGE code (Brazil only). */
	record City(String name, String state, String postcode, String townCode, String latitude, String longitude,
			String electricity, String water) {
	}

	final String currency;

	final String iso3;

	final String phonePrefix;

	/** A typical monthly net salary in cents, around which personas' salaries are drawn. */
	final long medianSalaryCents;

	final List<String> femaleNames;

	final List<String> maleNames;

	final List<String> surnames;

	final List<City> cities;

	final List<String> streets;

	final List<String> employers;

	final List<String> groceries;

	final List<String> restaurants;

	final List<String> pharmacies;

	final List<String> transport;

	final List<String> internetProviders;

	final List<String> phoneCarriers;

	final List<String> streaming;

	final List<String> gyms;

	Country(String currency, String iso3, String phonePrefix, long medianSalaryCents, List<String> femaleNames,
			List<String> maleNames, List<String> surnames, List<City> cities, List<String> streets,
			List<String> employers, List<String> groceries, List<String> restaurants, List<String> pharmacies,
			List<String> transport, List<String> internetProviders, List<String> phoneCarriers,
			List<String> streaming, List<String> gyms) {
		this.currency = currency;
		this.iso3 = iso3;
		this.phonePrefix = phonePrefix;
		this.medianSalaryCents = medianSalaryCents;
		this.femaleNames = femaleNames;
		this.maleNames = maleNames;
		this.surnames = surnames;
		this.cities = cities;
		this.streets = streets;
		this.employers = employers;
		this.groceries = groceries;
		this.restaurants = restaurants;
		this.pharmacies = pharmacies;
		this.transport = transport;
		this.internetProviders = internetProviders;
		this.phoneCarriers = phoneCarriers;
		this.streaming = streaming;
		this.gyms = gyms;
	}

	/** {@code _br_} institutions are Brazilian; every other sandbox institution is Mexican. */
	static Country of(String institution) {
		return institution != null && institution.contains("_br_") ? BR : MX;
	}

}
