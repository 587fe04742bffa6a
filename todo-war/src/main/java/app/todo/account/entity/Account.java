package app.todo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person's account: a name, the hash of a password, and the tasks that carry its id. */
@Entity
@Table(name = "account")
public class Account {

    public static final int NAME_MIN_LENGTH = 3;
    public static final int NAME_MAX_LENGTH = 40;
    /** Letters (of any script), digits, dot, hyphen, underscore. */
    public static final String NAME_PATTERN = "[\\p{L}\\p{Nd}._-]{" + NAME_MIN_LENGTH + "," + NAME_MAX_LENGTH + "}";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH)
    private String nameKey;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The person's calendar (A13): what "today" means for their due dates. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    /** The units of the weather box (W7): "metric" or "imperial"; null until chosen. */
    @Column(name = "weather_units", length = 8)
    private String weatherUnits;

    /** The city whose weather the page opens with, and whose forecast shows on due tasks (W8); null for none. */
    @Column(name = "home_city", length = 100)
    private String homeCity;

    protected Account() {
        // for JPA
    }

    public Account(String name, String passwordHash) {
        this.name = normalizeName(name);
        this.nameKey = key(name);
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    /** Names are compared in Unicode NFC, stripped; null stays null. */
    public static String normalizeName(String name) {
        return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** The name as accounts are told apart: "Alice" and "alice" are one account. */
    public static String key(String name) {
        String normalized = normalizeName(name);
        return normalized == null ? "" : normalized.toLowerCase(Locale.ROOT);
    }

    public static boolean isValidName(String name) {
        String normalized = normalizeName(name);
        return normalized != null && NAME.matcher(normalized).matches();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    /** The account's today, in its time zone (A13): what Today and Upcoming start from. */
    public LocalDate today() {
        return LocalDate.now(getZone());
    }

    public void setZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public String getWeatherUnits() {
        return weatherUnits;
    }

    public void setWeatherUnits(String weatherUnits) {
        this.weatherUnits = weatherUnits;
    }

    public String getHomeCity() {
        return homeCity;
    }

    public void setHomeCity(String homeCity) {
        this.homeCity = homeCity;
    }

    /** A zone a browser or a person may give: a region name the JDK knows ("Asia/Tokyo"), else none. */
    public static Optional<ZoneId> zoneNamed(String name) {
        if (name == null || name.length() > 64 || !ZoneId.getAvailableZoneIds().contains(name.strip())) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(name.strip()));
    }
}
