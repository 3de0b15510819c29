/// The facade: formats by name, media type or extension; parsers, serializers and conversion.
