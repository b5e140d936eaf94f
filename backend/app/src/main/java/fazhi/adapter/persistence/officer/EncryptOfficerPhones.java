package fazhi.adapter.persistence.officer;

import fazhi.adapter.persistence.shared.PersonalDataCipher;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Changeset 015: officers' phone numbers, kept readable until now, become personal data like a party's (AES-GCM
 * with the deployment's key, {@link PersonalDataCipher}); a value already sealed is left as it is.
 */
public class EncryptOfficerPhones implements CustomTaskChange {

    private int sealed;

    @Override
    public void execute(Database database) throws CustomChangeException {
        PersonalDataCipher cipher = new PersonalDataCipher(
                ConfigProvider.getConfig().getValue("fazhi.personal-data.key", String.class));
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, phone FROM officers WHERE phone IS NOT NULL AND phone NOT LIKE 'v1:%'");
             PreparedStatement write = connection.prepareStatement("UPDATE officers SET phone = ? WHERE id = ?");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                write.setString(1, cipher.encrypt(rows.getString("phone")));
                write.setString(2, rows.getString("id"));
                write.addBatch();
                sealed++;
            }
            write.executeBatch();
        } catch (SQLException e) {
            throw new CustomChangeException("officers' phone numbers could not be encrypted", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return sealed + " officers' phone numbers encrypted";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
