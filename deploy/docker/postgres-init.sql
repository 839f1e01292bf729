-- Run once by the postgres:15 image on an empty volume: one database per service.
CREATE DATABASE identity;
CREATE DATABASE clients;
CREATE DATABASE actions;
CREATE DATABASE planning;
CREATE DATABASE notifier;
CREATE DATABASE sales;
