/**
 * Field widgets of the extranet's edit and add forms.
 *
 * None yet: the content types' fields use Volto's own widgets. Custom field
 * widgets are registered here, e.g.
 * `config.widgets.widget.my_widget = MyWidget` or by field id/type.
 */
const applyWidgets = (config) => config;

export default applyWidgets;
