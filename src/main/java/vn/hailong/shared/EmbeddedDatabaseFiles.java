package vn.hailong.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The embedded H2 file database (the zero-install default) kept private to its owner: its folder is created
 * {@code rwx------} and its files {@code rw-------} before the first connection, so that other accounts on the machine
 * cannot read citizens' data. No network port is opened unless {@code hailong.h2.tcp-port} is set; then it listens on
 * the loopback interface only, and only when the database has a password ({@code spring.datasource.password}).
 */
class EmbeddedDatabaseFiles implements BeanPostProcessor, DisposableBean, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFiles.class);
    private static final Pattern FILE_URL = Pattern.compile("^jdbc:h2:(?:file:)?([^:;][^;]*);?.*$");

    private final Environment env;
    private Server tcp;
    private Path folder;

    EmbeddedDatabaseFiles(Environment env) {
        this.env = env;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null) {
            Matcher m = FILE_URL.matcher(ds.getJdbcUrl());
            if (m.matches()
                    && !ds.getJdbcUrl().startsWith("jdbc:h2:mem:")
                    && !ds.getJdbcUrl().startsWith("jdbc:h2:tcp:")) {
                String file = m.group(1).startsWith("~")
                        ? System.getProperty("user.home") + m.group(1).substring(1)
                        : m.group(1);
                folder = Path.of(file).toAbsolutePath().getParent();
                protect(folder);
                startTcpServer(ds);
            }
        }
        return bean;
    }

    /** H2 creates its files with the process's umask: once they exist, they are made the owner's alone too. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (folder != null) {
            protect(folder);
        }
    }

    /** Owner-only folder and files (on file systems that know POSIX permissions). */
    static void protect(Path folder) {
        try {
            Files.createDirectories(folder);
            if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot protect the database folder " + folder, e);
        }
    }

    private void startTcpServer(DataSource ds) {
        String port = env.getProperty("hailong.h2.tcp-port", "");
        if (port.isBlank()) {
            return;
        }
        String password = env.getProperty("spring.datasource.password", "");
        if (password.isBlank()) {
            throw new IllegalStateException("hailong.h2.tcp-port is set but the database has no password:"
                    + " set spring.datasource.password (SPRING_DATASOURCE_PASSWORD) before opening a port");
        }
        try {
            // without -tcpAllowOthers H2 accepts connections from this machine only
            tcp = Server.createTcpServer("-tcpPort", port.strip(), "-ifExists").start();
            log.info("H2 listens on the loopback interface, port {}", tcp.getPort());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the H2 port " + port, e);
        }
    }

    @Override
    public void destroy() {
        if (tcp != null) {
            tcp.stop();
        }
    }
}
