package carta.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates FHIR R4 JSON files offline against the R4 core specification (bundled with HAPI) and the
 * conformance packages given as extracted npm packages (their package/*.json), e.g. hl7.fhir.us.mcode.
 * Nothing is fetched: a profile or value set no package holds is reported by the validator as such.
 *
 * Usage: Validate --package <dir> [--package <dir>...] <file.json>...
 * Prints every message on stderr as HAPI gives it, and one JSON report per file on stdout:
 * {"file": ..., "messages": [{"severity", "location", "messageId", "message"}]}.
 */
public final class Validate {
  private Validate() {}

  public static void main(String[] args) throws IOException {
    List<Path> packages = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--package") && i + 1 < args.length) packages.add(Path.of(args[++i]));
      else files.add(Path.of(args[i]));
    }
    if (files.isEmpty()) {
      System.err.println("usage: Validate --package <dir>... <file.json>...");
      System.exit(2);
    }

    FhirContext context = FhirContext.forR4();
    PrePopulatedValidationSupport conformance = new PrePopulatedValidationSupport(context);
    // Package resources may use elements newer tooling wrote; read them leniently, validate instances strictly.
    IParser parser = context.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    int loaded = 0;
    for (Path dir : packages) loaded += load(parser, conformance, dir.resolve("package"));
    System.err.println("carta fhir-validator: HAPI FHIR " + ca.uhn.fhir.util.VersionUtil.getVersion() + ", " + loaded + " conformance resources loaded");

    ValidationSupportChain chain = new ValidationSupportChain(
        conformance,
        new DefaultProfileValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context),
        new InMemoryTerminologyServerValidationSupport(context),
        new SnapshotGeneratingValidationSupport(context));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    FhirValidator validator = context.newValidator().registerValidatorModule(module);

    ObjectMapper json = new ObjectMapper();
    for (Path file : files) {
      ValidationResult result = validator.validateWithResult(Files.readString(file, StandardCharsets.UTF_8));
      ObjectNode report = json.createObjectNode();
      report.put("file", file.toString());
      ArrayNode messages = report.putArray("messages");
      for (SingleValidationMessage message : result.getMessages()) {
        System.err.println(file.getFileName() + " " + message.getSeverity() + " " + message.getLocationString() + " [" + message.getMessageId() + "] " + message.getMessage());
        ObjectNode entry = messages.addObject();
        entry.put("severity", message.getSeverity().getCode());
        entry.put("location", message.getLocationString());
        entry.put("messageId", message.getMessageId());
        entry.put("message", message.getMessage());
      }
      System.out.println(json.writeValueAsString(report));
    }
  }

  /** Adds every conformance resource (StructureDefinition, ValueSet, CodeSystem, …) of one package folder. */
  private static int load(IParser parser, PrePopulatedValidationSupport into, Path folder) throws IOException {
    int count = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
      for (Path path : stream) {
        String name = path.getFileName().toString();
        if (name.equals("package.json") || name.startsWith(".")) continue;
        IBaseResource resource;
        try {
          resource = parser.parseResource(Files.readString(path, StandardCharsets.UTF_8));
        } catch (RuntimeException notAResource) {
          continue;
        }
        String type = resource.fhirType();
        if (type.equals("StructureDefinition") || type.equals("ValueSet") || type.equals("CodeSystem") || type.equals("NamingSystem")
            || type.equals("ConceptMap") || type.equals("SearchParameter")) {
          into.addResource(resource);
          count++;
        }
      }
    }
    return count;
  }
}
